/** A headline card's line: 达标 163/174, with how many did not report (never counted as missed). */
import type { IndicatorTargetCount } from '../../domain/targets.ts';
import { useI18n } from '../../i18n/index.ts';

export function HeadlineTargets({ count, custom }: { count: IndicatorTargetCount; custom: boolean }) {
  const { t } = useI18n();
  const assessed = count.met + count.notMet;
  return (
    <p
      className="kpi-target"
      data-testid={`kpi-target-${count.indicator}`}
      data-met={count.met}
      data-of={assessed}
      data-missing={count.missing}
    >
      <span className={`target-count ${count.notMet > 0 ? 'has-below' : 'all-met'}`}>
        {t('targets.met', { met: count.met, of: assessed })}
      </span>
      {count.missing > 0 && <span className="muted">{t('targets.notReported', { n: count.missing })}</span>}
      {custom && <span className="tag">{t('targets.custom')}</span>}
    </p>
  );
}

/** The indicator a headline card's target line speaks for: its main figure, its secondary, or a related rate. */
const related: Record<string, string> = { enforcement_officers: 'certification_rate', random_tasks_completed: 'random_completion_rate' };

export function headlineTargetCount(
  indicators: ReadonlyArray<string | undefined>,
  counts: readonly IndicatorTargetCount[],
): IndicatorTargetCount | undefined {
  for (const id of indicators) {
    if (!id) continue;
    const found = counts.find((c) => c.indicator === id) ?? counts.find((c) => c.indicator === related[id]);
    if (found) return found;
  }
  return undefined;
}
