/**
 * What the Word briefing and the deck say about targets (issue 18): for the scope and year, how
 * many units miss each target and which ones, furthest first, with the target and its source;
 * units that did not report a figure are listed apart, never as missing the target.
 */
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import { unitsInScope, type LevelFilter, type Model } from '../../domain/model.ts';
import { targetSummary } from '../../domain/targets.ts';
import { formatValue, makeI18n, type Lang } from '../../i18n/index.ts';
import type { SectionSource } from '../../export/briefing/briefing.ts';
import { gapText, namesText, sourceText, targetValueText } from './targetText.ts';

/** The targets in use (a loaded target file, else the dataset's own), as the screens check them. */
export type TargetsInUse = EffectiveTargets;

export interface TargetLines {
  intro: string;
  /** One paragraph per indicator with a target. */
  lines: string[];
}

/** Names listed per indicator before "等 n 个". */
const NAMES = 12;

export function targetLines(
  model: Model,
  inUse: TargetsInUse,
  scope: string | null,
  level: LevelFilter,
  year: number,
  lang: Lang,
): TargetLines | null {
  if (inUse.targets.length === 0) return null;
  const i18n = makeI18n(lang);
  const { t } = i18n;
  const summary = targetSummary(model, inUse.targets, unitsInScope(model, scope, level), year);
  if (summary.indicators.length === 0) return null;
  const lines = summary.indicators.map((c) => {
    const ind = model.indicatorById.get(c.indicator);
    const target = c.targets[0];
    const head = t('briefing.targets.line', {
      indicator: i18n.l(ind?.label) || c.indicator,
      target: c.targets.map((x) => targetValueText(x, ind, i18n)).join(' / '),
      source: target ? sourceText(target, inUse, model.dataset.meta.synthetic, i18n) : '',
      met: c.met,
      of: c.of,
    });
    const below = c.below.length
      ? t('briefing.targets.below', {
          n: c.below.length,
          names: namesText(
            c.below.map((b) =>
              t('briefing.targets.unitGap', {
                name: b.unit.name,
                value: formatValue(b.value, ind?.unit ?? '', lang),
                gap: gapText(b.gap, ind, i18n),
              }),
            ),
            NAMES,
            i18n,
          ),
        })
      : t('briefing.targets.allMet');
    const missing = c.notReported.length
      ? t('briefing.targets.missing', {
          n: c.notReported.length,
          names: namesText(
            c.notReported.map((u) => u.name),
            NAMES,
            i18n,
          ),
        })
      : '';
    return [head, below, missing].filter(Boolean).join(lang === 'zh' ? '' : ' ');
  });
  const intro = [
    t('briefing.targets.intro', { year, of: summary.unitsAssessed, below: summary.unitsBelow }),
    inUse.custom ? t('briefing.targets.custom', { file: inUse.name ?? '' }) : '',
  ]
    .filter(Boolean)
    .join(lang === 'zh' ? '' : ' ');
  return { intro, lines };
}

/** The briefing's targets section, after the built-in ones. */
export function targetsSection(inUse: TargetsInUse): SectionSource {
  return (input, w) => {
    const read = targetLines(input.model, inUse, input.scope, input.level, input.year, w.lang);
    return read ? { part: 'extra', heading: w.t('briefing.h.targets'), paragraphs: [read.intro, ...read.lines] } : null;
  };
}
