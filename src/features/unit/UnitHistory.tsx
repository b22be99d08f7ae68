import { AGING_SHARE, UNDERSTAFFED_RATIO, type UnitSignals } from '../../domain/signals.ts';
import { formatNumber, useI18n } from '../../i18n/index.ts';
import type { EvidenceItem } from '../../domain/evidence.ts';
import { domainLabel } from '../../i18n/labels.ts';
import { EvidenceList } from '../../ui/EvidenceList.tsx';
import { SignalsMethod, StatusTag } from '../../shared/signals/SignalParts.tsx';
import type { UnitPageData } from './unitData.ts';

export function RankHistory({ data }: { data: UnitPageData }) {
  const { t } = useI18n();
  if (data.ranks.length === 0) return null;
  return (
    <section className="panel unit-ranks" aria-labelledby="unit-ranks-title">
      <header className="panel-head">
        <h2 id="unit-ranks-title">{t('unitPage.rankHistory')}</h2>
      </header>
      <table className="unit-table unit-rank-table" data-testid="rank-history">
        <thead>
          <tr>
            <th scope="col">{t('unitPage.rankHistory.year')}</th>
            {data.ranks.map((r) => (
              <th key={r.year} scope="col" aria-current={r.year === data.year ? 'true' : undefined}>
                {r.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('unitPage.rankHistory.rank')}</th>
            {data.ranks.map((r) => (
              <td key={r.year} className={r.year === data.year ? 'num current' : 'num'}>
                {r.rank === null ? t('value.missing') : `${r.rank}/${r.peers}`}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

export function SignalsBox({ signals }: { signals: UnitSignals }) {
  const { t, lang } = useI18n();
  const s = signals.staffing;
  const a = signals.aging;
  const num = (x: number | null, d = 1) => (x === null ? t('value.missing') : formatNumber(x, lang, d));
  return (
    <section className="panel unit-signals" aria-labelledby="unit-signals-title" data-testid="unit-signals">
      <header className="panel-head">
        <h2 id="unit-signals-title">{t('unitPage.signals')}</h2>
      </header>
      <table className="unit-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('unitPage.col.value')}</th>
            <th scope="col">{t('unitPage.col.median')}</th>
            <th scope="col">{t('sig.col.reported')}</th>
            <th scope="col">{t('sig.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-signal="staffing">
            <th scope="row">
              {t('sig.staffing')}
              <br />
              <span className="muted">{t('sig.col.perOfficer')}</span>
            </th>
            <td className="num">
              {num(s.perOfficer)}
              {s.ratio !== null && (
                <span className="muted">
                  {' '}
                  ({formatNumber(s.ratio, lang, 2)}× / {UNDERSTAFFED_RATIO}×)
                </span>
              )}
            </td>
            <td className="num">
              {num(s.peerMedian)}
              {s.unknown === 'few_peers' && <span className="muted"> {t('sig.fewPeers')}</span>}
            </td>
            <td>{s.admitted ? t('sig.reported.yes') : t('sig.reported.no')}</td>
            <td>
              <StatusTag status={s.status} />
            </td>
          </tr>
          <tr data-signal="aging">
            <th scope="row">
              {t('sig.aging')}
              <br />
              <span className="muted">{t('sig.col.aged50')}</span>
            </th>
            <td className="num">
              {a.share === null ? t('value.missing') : `${formatNumber(a.share, lang, 0)}%`}
              {a.aged50 !== null && a.officers !== null && (
                <span className="muted">
                  {' '}
                  ({a.aged50}/{a.officers})
                </span>
              )}
            </td>
            <td className="num">≥ {AGING_SHARE}%</td>
            <td>{a.admitted ? t('sig.reported.yes') : t('sig.reported.no')}</td>
            <td>
              <StatusTag status={a.status} />
            </td>
          </tr>
        </tbody>
      </table>
      <details className="unit-method">
        <summary>{t('sig.title')}</summary>
        <SignalsMethod />
      </details>
    </section>
  );
}

export function WeaknessHistoryPanel({ data, synthetic, years }: { data: UnitPageData; synthetic: boolean; years: number[] }) {
  const { t, l } = useI18n();
  return (
    <section className="panel unit-weaknesses" aria-labelledby="unit-weak-title" data-testid="unit-weaknesses">
      <header className="panel-head">
        <h2 id="unit-weak-title">{t('unitPage.weaknesses')}</h2>
      </header>
      {data.weaknesses.length === 0 && <p className="muted">{t('unitPage.weaknesses.none')}</p>}
      <ul className="unit-weak-list">
        {data.weaknesses.map((w) => (
          <li key={w.category.id} data-weakness={w.category.id}>
            <div className="unit-weak-head">
              <h3>{l(w.category.label) || w.category.id}</h3>
              {w.recurring && <span className="tag wk-recurring-tag">{t('unitPage.weaknesses.recurring')}</span>}
              <ol className="unit-years" aria-label={t('unitPage.weaknesses.years', { years: w.years.join('、') })}>
                {years.map((y) => (
                  <li key={y} className={w.years.includes(y) ? 'on' : undefined} aria-hidden="true">
                    {w.years.includes(y) ? `✓${y}` : y}
                  </li>
                ))}
              </ol>
            </div>
            {w.quotes.map((q) => (
              <div key={q.year} className="unit-weak-year">
                <h4>{t('weak.evidence.year', { year: q.year })}</h4>
                {q.items.length ? (
                  <EvidenceList items={q.items} synthetic={synthetic} showUnit={false} />
                ) : (
                  <p className="muted">{t('weak.evidence.noQuote')}</p>
                )}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The total's quotes first, then each breakdown domain's (传染病防治 …) under its name. */
function byDomain(items: EvidenceItem[]): Array<[string | undefined, EvidenceItem[]]> {
  const out = new Map<string | undefined, EvidenceItem[]>();
  for (const item of items) {
    const d = item.evidence.domain;
    const list = out.get(d);
    if (list) list.push(item);
    else out.set(d, [item]);
  }
  return [...out].sort(([a], [b]) => (a === undefined ? -1 : b === undefined ? 1 : 0));
}

export function FiguresPanel({ data, synthetic }: { data: UnitPageData; synthetic: boolean }) {
  const { t, l } = useI18n();
  return (
    <section className="panel unit-figures" aria-labelledby="unit-fig-title" data-testid="unit-figures">
      <header className="panel-head">
        <h2 id="unit-fig-title">{t('unitPage.figures', { year: data.year })}</h2>
      </header>
      {data.figures.length === 0 && <p className="muted">{t('unitPage.figures.none')}</p>}
      {data.figures.map((f) => (
        <div key={f.id} className="unit-figure" data-indicator={f.id}>
          <h3>
            {f.indicator ? l(f.indicator.label) || f.id : f.id.replace(/^other:/, '')}
            {!f.indicator && <span className="tag">{t('unitPage.figures.other')}</span>}
          </h3>
          {byDomain(f.items).map(([domain, items]) => (
            <div key={domain ?? ''} data-domain={domain}>
              {domain && <p className="unit-domain tag">{domainLabel(t, domain)}</p>}
              <EvidenceList items={items} synthetic={synthetic} showUnit={false} />
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
