import type { ReactNode } from 'react';
import { formatChange } from '../../i18n/change.ts';
import { formatValue, useI18n } from '../../i18n/index.ts';
import { EvidenceList } from '../../ui/EvidenceList.tsx';
import type { Headline, HeadlineFigure } from '../../shared/summaries/overviewData.ts';

function ChangeLine({ figure }: { figure: HeadlineFigure }) {
  const { t, lang } = useI18n();
  const c = figure.change;
  if (!c) return <span className="change none">{t('overview.change.none')}</span>;
  const { dir, arrow, amount } = formatChange(c, figure.unit, lang);
  return (
    <span className={`change ${dir}`}>
      {arrow && <span aria-hidden="true">{arrow} </span>}
      {t('overview.change')} {amount}
    </span>
  );
}

/** A parent's area total stands for its units: said so, with what they reported themselves where it differs. */
function AreaLines({ figure }: { figure: HeadlineFigure }) {
  const { t, lang } = useI18n();
  return (
    <ul className="kpi-areas" data-testid="kpi-areas">
      {figure.current.areas.map((a) => (
        <li key={a.unit.code}>
          {t('truth.ui.area', { unit: a.unit.name, area: t(`truth.area.${a.unit.level}`) })}
          {a.below === null
            ? ` · ${t('truth.ui.belowNone')}`
            : a.below !== a.value
              ? ` · ${t('truth.ui.below', { value: formatValue(a.below, figure.unit, lang, { compactYuan: true }), n: a.belowReported, of: a.belowOf })}`
              : ''}
        </li>
      ))}
    </ul>
  );
}

export function HeadlineCard({
  headline,
  synthetic,
  single,
  target,
}: {
  headline: Headline;
  synthetic: boolean;
  single: boolean;
  target?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const m = headline.main;
  const missing = m.current.value === null;
  const evidence = [...m.evidence, ...(headline.secondary?.figure.evidence ?? [])];
  return (
    <article className="kpi" data-kpi={headline.key} data-missing={missing}>
      <h3 className="kpi-label">{t(headline.label)}</h3>
      <p className="kpi-value" title={missing ? t('value.missingLong') : undefined}>
        {missing ? (
          <span className="missing">
            {t('value.missing')} <small>{t('value.missingLong')}</small>
          </span>
        ) : (
          formatValue(m.current.value, m.unit, lang, { approx: m.current.approx, compactYuan: true })
        )}
      </p>
      {headline.secondary && (
        <p className="kpi-secondary">
          {t(headline.secondary.label, {
            rate: formatValue(headline.secondary.figure.current.value, '%', lang),
            amount: formatValue(headline.secondary.figure.current.value, headline.secondary.figure.unit, lang, { compactYuan: true }),
          })}
        </p>
      )}
      <p className="kpi-foot">
        {!missing && <ChangeLine figure={m} />}
        {!single && m.current.of > 0 && (
          <span className="kpi-reported">{t('overview.reported', { n: m.current.reported, of: m.current.of })}</span>
        )}
      </p>
      {m.current.areas.length > 0 && <AreaLines figure={m} />}
      {target}
      {evidence.length > 0 && (
        <details className="kpi-evidence">
          <summary>
            {t('evidence.show')}（{evidence.length}）
          </summary>
          <EvidenceList items={evidence} synthetic={synthetic} showUnit={!single} />
        </details>
      )}
    </article>
  );
}
