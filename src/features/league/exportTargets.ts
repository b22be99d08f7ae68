/**
 * Target columns for the exports: the targets missed per row, and beside each indicator with a
 * target its required level and whether the row meets it (达标 / 未达标 / 未报告, never blank for
 * a missing figure, never "not met" for one either).
 */
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import type { Indicator } from '../../contract/schema.ts';
import type { ExportColumn } from '../../export/formats/table.ts';
import type { I18n } from '../../i18n/index.ts';
import type { LeagueRow } from './leagueData.ts';
import { comparisonSymbol } from '../../shared/targets/targetText.ts';

type Getter = (r: LeagueRow) => string | number | null;

export function missedExportColumn(i18n: I18n): [ExportColumn, Getter] {
  return [
    { id: 'targets.missed', header: i18n.t('targets.export.missed'), kind: 'integer' },
    (r) => (r.targets && r.targets.count.of > 0 ? r.targets.count.notMet : null),
  ];
}

/** The two columns after an indicator's, when a target applies to it anywhere in the rows. */
export function indicatorTargetColumns(ind: Indicator, rows: readonly LeagueRow[], i18n: I18n): Array<[ExportColumn, Getter]> {
  if (!rows.some((r) => r.targets?.byIndicator.has(ind.id))) return [];
  const label = i18n.l(ind.label);
  return [
    [
      { id: `target.${ind.id}`, header: i18n.t('targets.export.target', { indicator: label }), kind: 'text' },
      (r) => {
        const a = r.targets?.byIndicator.get(ind.id);
        return a ? `${comparisonSymbol[a.target.comparison]} ${a.target.value}${ind.unit === '%' ? '%' : ''}` : null;
      },
    ],
    [
      { id: `met.${ind.id}`, header: i18n.t('targets.export.status', { indicator: label }), kind: 'text' },
      (r) => {
        const a = r.targets?.byIndicator.get(ind.id);
        return a ? i18n.t(`targets.status.${a.status}`) : null;
      },
    ],
  ];
}

/** The meta line naming where the targets come from. */
export function targetSourceMeta(targets: EffectiveTargets, synthetic: boolean, i18n: I18n): [string, string] | null {
  if (targets.targets.length === 0) return null;
  const sources = [...new Set(targets.targets.map((x) => i18n.l(x.source)))].join('；');
  const tag = targets.custom
    ? `${i18n.t('targets.custom')}：${targets.name ?? ''}`
    : targets.targets.some((x) => x.synthetic ?? synthetic)
      ? i18n.t('targets.synthetic')
      : '';
  return [i18n.t('targets.export.source'), tag ? `${sources}（${tag}）` : sources];
}
