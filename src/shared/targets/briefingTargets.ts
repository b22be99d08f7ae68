/**
 * What the Word briefing and the deck say about targets (issue 18): for the scope and year, how
 * many units meet each target, how many miss it and the furthest below by name, and how many did
 * not report the figure (never counted as missing it). One sentence an indicator: a 通报 in 3号
 * 仿宋 holds ~600 characters a page, and the full lists are on screen and in the CSV/XLSX.
 */
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import { unitsInScope, type LevelFilter, type Model } from '../../domain/model.ts';
import { targetSummary } from '../../domain/targets.ts';
import { makeI18n, type Lang } from '../../i18n/index.ts';
import type { SectionSource } from '../../export/briefing/briefing.ts';
import { sourceText, targetValueText } from './targetText.ts';

/** The targets in use (a loaded target file, else the dataset's own), as the screens check them. */
export type TargetsInUse = EffectiveTargets;

export interface TargetLines {
  intro: string;
  /** One paragraph per indicator with a target. */
  lines: string[];
}

/** Units named per indicator: the furthest below (the screen and the CSV/XLSX list every one). */
const NAMES = 3;

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
  const sources = new Set<string>();
  const lines = summary.indicators.map((c) => {
    const ind = model.indicatorById.get(c.indicator);
    for (const x of c.targets) sources.add(sourceText(x, inUse, model.dataset.meta.synthetic, i18n));
    const head = t('briefing.targets.line', {
      indicator: i18n.l(ind?.label) || c.indicator,
      target: c.targets.map((x) => targetValueText(x, ind, i18n)).join(' / '),
      met: c.met,
      of: c.of,
    });
    const below = c.below.length
      ? t('briefing.targets.below', {
          n: c.below.length,
          names: c.below
            .slice(0, NAMES)
            .map((b) => b.unit.name)
            .join(t('briefing.list.sep')),
        })
      : t('briefing.targets.allMet');
    const missing = c.notReported.length ? t('briefing.targets.missing', { n: c.notReported.length }) : '';
    return `${head}${lang === 'zh' ? '' : ' '}${below}${missing}${t('briefing.targets.end')}`;
  });
  const intro = [
    t('briefing.targets.intro', { year, of: summary.unitsAssessed, below: summary.unitsBelow }),
    t('briefing.targets.sources', { sources: [...sources].join(t('briefing.list.sep')) }),
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
