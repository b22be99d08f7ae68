/** The target line a trend chart draws for a set of units (overview: the scope; unit page: the unit). */
import { useCallback } from 'react';
import type { Unit } from '../../contract/schema.ts';
import { useTargets } from '../../data/TargetsProvider.tsx';
import type { Model } from '../../domain/model.ts';
import { targetLine } from '../../domain/targets.ts';
import { useI18n } from '../../i18n/index.ts';
import { targetValueText } from './targetText.ts';

export type TargetLineFor = (indicatorId: string, years: readonly number[]) => { name: string; values: Array<number | null> } | undefined;

export function useTargetLine(model: Model, units: readonly Unit[]): TargetLineFor {
  const effective = useTargets(model);
  const i18n = useI18n();
  return useCallback(
    (indicatorId, years) => {
      const line = targetLine(model, effective.targets, units, indicatorId, years);
      const first = line.find((x) => x !== null);
      if (!first) return undefined;
      const ind = model.indicatorById.get(indicatorId);
      const uniform = line.every((x) => x !== null && x.value === first.value);
      const name = `${i18n.t('targets.line')}${uniform ? ` ${targetValueText(first, ind, i18n)}` : ''}${effective.custom ? `（${i18n.t('targets.custom')}）` : ''}`;
      return { name, values: line.map((x) => (x ? x.value : null)) };
    },
    [model, effective, units, i18n],
  );
}
