import { useMemo, useState } from 'react';
import { useViewContext } from '../../view/ViewContext.ts';
import type { Unit } from '../../contract/schema.ts';
import { compareCodes, type Model } from '../../domain/model.ts';
import { isMismatch, staffingSignals, summariseSignals, type SignalStatus, type UnitSignals } from '../../domain/signals.ts';
import { formatNumber, useI18n } from '../../i18n/index.ts';
import { SignalsMethod, StatusTag } from '../../shared/signals/SignalParts.tsx';
import { unitHref } from '../../view/unitHref.ts';

/** Above this many units the table starts with only the units worth a question. */
const FILTER_ABOVE = 20;
/** Rows shown before 'show all'. */
const FIRST_ROWS = 25;

const order: Record<SignalStatus, number> = {
  figures_only: 0,
  reported_only: 1,
  both: 2,
  reported_no_figures: 3,
  neither: 4,
  no_figures: 5,
};
const worth = (s: UnitSignals): boolean =>
  isMismatch(s.staffing.status) || isMismatch(s.aging.status) || s.staffing.status === 'both' || s.aging.status === 'both';
const rank = (s: UnitSignals): number => Math.min(order[s.staffing.status], order[s.aging.status]);

export function SignalsPanel({ model, units, peerPool, year }: { model: Model; units: Unit[]; peerPool: Unit[]; year: number }) {
  const { t, lang } = useI18n();
  const { view } = useViewContext();
  const signals = useMemo(() => staffingSignals(model, units, peerPool, year), [model, units, peerPool, year]);
  const summary = useMemo(() => summariseSignals(signals), [signals]);
  const [onlyWorth, setOnlyWorth] = useState(signals.length > FILTER_ABOVE);
  const [all, setAll] = useState(false);
  const listed = useMemo(
    () =>
      (onlyWorth ? signals.filter(worth) : signals)
        .slice()
        .sort((a, b) => rank(a) - rank(b) || (b.staffing.ratio ?? 0) - (a.staffing.ratio ?? 0) || compareCodes(a.unit.code, b.unit.code)),
    [signals, onlyWorth],
  );
  const shown = all ? listed : listed.slice(0, FIRST_ROWS);
  const num = (x: number | null, digits = 1) => (x === null ? t('value.missing') : formatNumber(x, lang, digits));
  const said = (x: boolean) => (x ? t('sig.reported.yes') : t('sig.reported.no'));

  return (
    <section className="panel sig" aria-labelledby="sig-title" data-testid="signals">
      <header className="panel-head">
        <h2 id="sig-title">{t('sig.title')}</h2>
      </header>
      <SignalsMethod />
      <p className="sig-summary">
        {t('sig.summary', {
          year,
          n: signals.length,
          fo: summary.staffing.figures_only,
          ro: summary.staffing.reported_only,
          both: summary.staffing.both,
          afo: summary.aging.figures_only,
          aro: summary.aging.reported_only,
          aboth: summary.aging.both,
        })}
      </p>
      <label className="field sig-filter">
        <input type="checkbox" checked={onlyWorth} onChange={(e) => setOnlyWorth(e.target.checked)} />
        <span>{t('sig.filter.mismatch')}</span>
      </label>
      {shown.length === 0 ? (
        <p className="muted empty">{t('sig.none')}</p>
      ) : (
        <div className="sig-table-wrap">
          <table className="sig-table">
            <thead>
              <tr>
                <th rowSpan={2} scope="col">
                  {t('sig.col.unit')}
                </th>
                <th colSpan={7} scope="colgroup">
                  {t('sig.staffing')}
                </th>
                <th colSpan={4} scope="colgroup">
                  {t('sig.aging')}
                </th>
              </tr>
              <tr>
                <th scope="col">{t('sig.col.officers')}</th>
                <th scope="col">{t('sig.col.entities')}</th>
                <th scope="col">{t('sig.col.perOfficer')}</th>
                <th scope="col">{t('sig.col.median')}</th>
                <th scope="col">{t('sig.col.ratio')}</th>
                <th scope="col">{t('sig.col.reported')}</th>
                <th scope="col">{t('sig.col.status')}</th>
                <th scope="col">{t('sig.col.aged50')}</th>
                <th scope="col">{t('sig.col.share')}</th>
                <th scope="col">{t('sig.col.reported')}</th>
                <th scope="col">{t('sig.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.unit.code} data-unit={s.unit.code}>
                  <th scope="row">
                    <a href={unitHref(s.unit.code, view.params)}>{s.unit.name}</a>
                  </th>
                  <td className="num">{num(s.staffing.officers, 0)}</td>
                  <td className="num">{num(s.staffing.entities, 0)}</td>
                  <td className="num">{num(s.staffing.perOfficer)}</td>
                  <td className="num">{num(s.staffing.peerMedian)}</td>
                  <td className="num">
                    {s.staffing.ratio === null ? t('value.missing') : `${formatNumber(s.staffing.ratio, lang, 2)}×`}
                    {s.staffing.unknown === 'few_peers' && <span className="muted sig-note"> {t('sig.fewPeers')}</span>}
                  </td>
                  <td data-reported={s.staffing.admitted}>{said(s.staffing.admitted)}</td>
                  <td>
                    <StatusTag status={s.staffing.status} />
                  </td>
                  <td className="num">{num(s.aging.aged50, 0)}</td>
                  <td className="num">{s.aging.share === null ? t('value.missing') : `${formatNumber(s.aging.share, lang, 0)}%`}</td>
                  <td data-reported={s.aging.admitted}>{said(s.aging.admitted)}</td>
                  <td>
                    <StatusTag status={s.aging.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {listed.length > shown.length && (
        <button type="button" className="btn ghost sig-more" onClick={() => setAll(true)}>
          {t('sig.more', { n: listed.length - shown.length })}
        </button>
      )}
    </section>
  );
}
