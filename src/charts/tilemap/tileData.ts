/**
 * What each tile shows, from the model: a composite score or a rank among peers (from the
 * league's scoring), an indicator (raw or per officer, per 100 entities, per 10,000 residents,
 * with the quote when the figure is real), a weakness category (reported, recurring), or an
 * indicator's target (met, not met). Each
 * comes with its colour scale and legend title.
 */
import type { Indicator, Target } from '../../contract/schema.ts';
import { recordOf, type Model } from '../../domain/model.ts';
import { normalisedValue, type Normalisation, type UnitScore } from '../../domain/scoring.ts';
import { assessUnitIndicator, comparisonSymbol } from '../../domain/targets.ts';
import { reported, streak } from '../../domain/weaknesses.ts';
import { formatNumber, formatValue, type I18n } from '../../i18n/index.ts';
import { niceBreaks, sequentialScale, type TileScale } from './scale.ts';
import type { TileDatum } from './tileMapOption.ts';

export interface TileColouring {
  data: Map<string, TileDatum>;
  scale: TileScale;
  legendTitle: string;
}

const SCORE_BREAKS = [20, 40, 60, 80];

/** The sentence a real figure came from (none for a synthetic dataset). */
const quoteOf = (model: Model, code: string, year: number, indicatorId: string): string | undefined =>
  model.dataset.meta.synthetic
    ? undefined
    : recordOf(model, code, year)?.evidence?.find((e) => 'indicator' in e && e.indicator === indicatorId)?.quote;

const rankText = (s: UnitScore, i18n: I18n): string | undefined =>
  s.rank === null ? undefined : i18n.t('map.rankOf', { rank: s.rank, peers: s.peers });

export function compositeColouring(scores: readonly UnitScore[], i18n: I18n): TileColouring {
  const data = new Map<string, TileDatum>();
  for (const s of scores) {
    data.set(s.unit.code, {
      value: s.composite,
      display: s.composite === null ? i18n.t('value.missing') : formatNumber(s.composite, i18n.lang, 1),
      rank: rankText(s, i18n),
    });
  }
  const f = (x: number) => formatNumber(x, i18n.lang, 0);
  return {
    data,
    scale: sequentialScale(
      SCORE_BREAKS,
      f,
      (x) => i18n.t('map.under', { x }),
      (x) => i18n.t('map.over', { x }),
    ),
    legendTitle: i18n.t('map.legend.composite'),
  };
}

/** Rank as a percentile among peers (100 = first), in fifths. */
export function rankColouring(scores: readonly UnitScore[], i18n: I18n): TileColouring {
  const data = new Map<string, TileDatum>();
  for (const s of scores) {
    const pct = s.rank === null ? null : s.peers <= 1 ? 100 : (100 * (s.peers - s.rank)) / (s.peers - 1);
    data.set(s.unit.code, { value: pct, display: rankText(s, i18n) ?? i18n.t('value.missing') });
  }
  const scale = sequentialScale(SCORE_BREAKS, String, String, String);
  scale.classes = scale.classes.map((_, i) =>
    i === 0
      ? i18n.t('map.rank.bottom')
      : i === SCORE_BREAKS.length
        ? i18n.t('map.rank.top')
        : i18n.t('map.rank.band', { a: SCORE_BREAKS[i - 1], b: SCORE_BREAKS[i] }),
  );
  return { data, scale, legendTitle: i18n.t('map.legend.rank') };
}

export function indicatorColouring(
  model: Model,
  codes: readonly string[],
  year: number,
  ind: Indicator,
  norm: Normalisation,
  i18n: I18n,
): TileColouring {
  const data = new Map<string, TileDatum>();
  const values: number[] = [];
  const unit = norm === 'raw' || ind.unit === '%' ? ind.unit : '';
  for (const code of codes) {
    const u = model.unitByCode.get(code);
    if (!u) continue;
    const value = normalisedValue(model, u, year, ind, norm);
    if (value !== null) values.push(value);
    const quote = quoteOf(model, code, year, ind.id);
    data.set(code, { value, display: formatValue(value, unit, i18n.lang, { compactYuan: true }), ...(quote ? { quote } : {}) });
  }
  const breaks = niceBreaks(values);
  const f = (x: number) => formatValue(x, unit, i18n.lang, { compactYuan: true });
  const normLabel = norm === 'raw' ? '' : ` · ${i18n.t(`league.norm.${norm}`)}`;
  return {
    data,
    scale: breaks.length
      ? sequentialScale(
          breaks,
          f,
          (x) => i18n.t('map.under', { x }),
          (x) => i18n.t('map.over', { x }),
        )
      : { classes: [values.length ? f(values[0] ?? 0) : ''], palette: 'sequential', classOf: (v) => (v === null ? -1 : 0) },
    legendTitle: `${i18n.l(ind.label)}${normLabel}`,
  };
}

/** 0 not reported, 1 reported this year, 2 reported this year and the year before (↻); missing = no report that year. */
export function weaknessColouring(model: Model, codes: readonly string[], year: number, category: string, i18n: I18n): TileColouring {
  const data = new Map<string, TileDatum>();
  const labels = [i18n.t('map.weak.none'), i18n.t('map.weak.reported'), i18n.t('map.weak.recurring')];
  for (const code of codes) {
    if (!recordOf(model, code, year)) {
      data.set(code, { value: null, display: i18n.t('value.missingLong') });
      continue;
    }
    const value = !reported(model, code, year, category) ? 0 : streak(model, code, year, category) >= 2 ? 2 : 1;
    const quote = model.dataset.meta.synthetic
      ? undefined
      : recordOf(model, code, year)?.evidence?.find((e) => 'weakness' in e && e.weakness === category)?.quote;
    data.set(code, { value, display: labels[value] ?? '', ...(value === 2 ? { mark: '↻' } : {}), ...(quote ? { quote } : {}) });
  }
  return {
    data,
    scale: { classes: labels, palette: 'category', classOf: (v) => (v === null ? -1 : Math.max(0, Math.min(2, v))) },
    legendTitle: i18n.l(model.weaknessById.get(category)?.label) || category,
  };
}

/**
 * Met (0) / not met (1) of an indicator's target that year; a unit that did not report the
 * figure, or that no target applies to, is missing (grey), never "not met".
 */
export function targetColouring(
  model: Model,
  targets: readonly Target[],
  codes: readonly string[],
  year: number,
  ind: Indicator,
  i18n: I18n,
): TileColouring {
  const data = new Map<string, TileDatum>();
  const units = codes.flatMap((c) => {
    const u = model.unitByCode.get(c);
    return u ? [u] : [];
  });
  const labels = [i18n.t('targets.status.met'), i18n.t('targets.status.not_met')];
  for (const u of units) {
    const a = assessUnitIndicator(model, targets, u, year, ind.id);
    const quote = quoteOf(model, u.code, year, ind.id);
    if (!a) {
      data.set(u.code, { value: null, display: i18n.t('map.target.none') });
      continue;
    }
    const goal = i18n.t('targets.target', {
      cmp: comparisonSymbol[a.target.comparison],
      value: formatValue(a.target.value, ind.unit, i18n.lang),
    });
    if (a.status === 'missing') {
      data.set(u.code, { value: null, display: `${i18n.t('targets.status.missing')}（${goal}）` });
      continue;
    }
    const value = a.status === 'met' ? 0 : 1;
    const shown = formatValue(a.value, ind.unit, i18n.lang, { compactYuan: true });
    data.set(u.code, { value, display: `${labels[value] ?? ''}：${shown}（${goal}）`, ...(quote ? { quote } : {}) });
  }
  return {
    data,
    scale: { classes: labels, palette: 'target', classOf: (v) => (v === null ? -1 : v > 0 ? 1 : 0) },
    legendTitle: `${i18n.l(ind.label)} · ${i18n.t('map.by.target')}`,
  };
}
