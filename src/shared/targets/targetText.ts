/** How a target reads on screen and in exports: ≥ 100%, 差 5 个百分点, its source. */
import type { Indicator, Target } from '../../contract/schema.ts';
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import { comparisonSymbol, type TargetStatus } from '../../domain/targets.ts';
import { formatNumber, formatValue, type I18n } from '../../i18n/index.ts';

export { comparisonSymbol } from '../../domain/targets.ts';
export const statusMark: Record<TargetStatus, string> = { met: '✓', not_met: '✕', missing: '—' };

/** "≥ 100%", "≥ 4 次". */
export function targetValueText(target: Target, ind: Indicator | undefined, i18n: I18n): string {
  return `${comparisonSymbol[target.comparison]} ${formatValue(target.value, ind?.unit ?? '', i18n.lang)}`;
}

/** How far short: "5.2 个百分点" for a rate, "2 次" for a count. */
export function gapText(gap: number, ind: Indicator | undefined, i18n: I18n): string {
  if (ind?.unit === '%') return `${formatNumber(gap, i18n.lang, 1)} ${i18n.lang === 'zh' ? '个百分点' : 'pts'}`;
  return formatValue(gap, ind?.unit ?? '', i18n.lang);
}

/** The source as shown: the document, and whether the targets are synthetic or the user's own. */
export function sourceText(target: Target, effective: EffectiveTargets, datasetSynthetic: boolean, i18n: I18n): string {
  const tags: string[] = [];
  if (effective.custom) tags.push(i18n.t('targets.custom'));
  // A synthetic dataset is labelled 演示数据 everywhere and its targets' sources say 演示; only a
  // synthetic target inside a real dataset needs its own tag.
  else if (target.synthetic === true && !datasetSynthetic) tags.push(i18n.t('targets.synthetic'));
  return `${i18n.l(target.source)}${tags.length ? `（${tags.join('，')}）` : ''}`;
}

/** Several units' names, the first few and "等 n 个". */
export function namesText(names: readonly string[], max: number, i18n: I18n): string {
  const shown = names.slice(0, max).join(i18n.lang === 'zh' ? '、' : ', ');
  return names.length > max ? `${shown} ${i18n.t('targets.below.more', { n: names.length })}` : shown;
}
