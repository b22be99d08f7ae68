/** The unit page's targets: every indicator with a target, met / not met / not reported, the target and its source. */
import type { Unit } from '../../contract/schema.ts';
import { useTargets } from '../../data/TargetsProvider.tsx';
import type { Model } from '../../domain/model.ts';
import { assessUnit, type Assessment } from '../../domain/targets.ts';
import { formatValue, useI18n } from '../../i18n/index.ts';
import { gapText, sourceText, statusMark, targetValueText } from './targetText.ts';
import './targets.css';

export function TargetStatus({ a }: { a: Assessment }) {
  const { t } = useI18n();
  return (
    <span className={`target-status ${a.status}`} data-status={a.status}>
      <span aria-hidden="true">{statusMark[a.status]}</span> {t(`targets.status.${a.status}`)}
    </span>
  );
}

export function useUnitAssessments(model: Model, unit: Unit, year: number): Map<string, Assessment> {
  const { targets } = useTargets(model);
  return assessUnit(model, targets, unit, year);
}

export function UnitTargets({
  model,
  unit,
  year,
  assessments,
}: {
  model: Model;
  unit: Unit;
  year: number;
  assessments: Map<string, Assessment>;
}) {
  const i18n = useI18n();
  const { t, l, lang } = i18n;
  const effective = useTargets(model);
  if (assessments.size === 0) return null;
  const list = [...assessments];
  const n = (s: Assessment['status']) => list.filter(([, a]) => a.status === s).length;
  return (
    <section className="panel unit-targets" aria-labelledby="unit-targets-title" data-testid="unit-targets" data-unit={unit.code}>
      <header className="panel-head">
        <h2 id="unit-targets-title">
          {t('targets.unit.title')} · {year} {effective.custom && <span className="tag">{t('targets.custom')}</span>}
        </h2>
        <span className="muted">
          {t('targets.unit.summary', { of: list.length, met: n('met'), notMet: n('not_met'), missing: n('missing') })}
        </span>
      </header>
      <div className="unit-table-wrap">
        <table className="unit-table unit-targets-table">
          <thead>
            <tr>
              <th scope="col">{t('targets.col.indicator')}</th>
              <th scope="col">{t('targets.col.value')}</th>
              <th scope="col">{t('targets.col.target')}</th>
              <th scope="col">{t('targets.col.status')}</th>
              <th scope="col">{t('targets.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map(([id, a]) => {
              const ind = model.indicatorById.get(id);
              return (
                <tr key={id} data-indicator={id} data-status={a.status}>
                  <th scope="row">{l(ind?.label) || id}</th>
                  <td className="num">{formatValue(a.value, ind?.unit ?? '', lang)}</td>
                  <td className="num">{targetValueText(a.target, ind, i18n)}</td>
                  <td>
                    <TargetStatus a={a} />
                    {a.status === 'not_met' && a.gap !== null && (
                      <small className="muted"> {t('targets.gap', { gap: gapText(a.gap, ind, i18n) })}</small>
                    )}
                  </td>
                  <td className="muted">
                    {sourceText(a.target, effective, model.dataset.meta.synthetic, i18n)}
                    {a.target.label && <div>{l(a.target.label)}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
