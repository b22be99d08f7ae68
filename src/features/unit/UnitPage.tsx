import { useMemo, type ReactNode } from 'react';
import type { TargetLineFor } from '../../shared/targets/useTargetLine.ts';
import { useSettings, useViewContext } from '../../view/ViewContext.ts';
import { hrefTo } from '../../view/routes.ts';
import { useScoringSettings } from '../../view/scoringParams.ts';
import { recordOf, type Model } from '../../domain/model.ts';
import { useI18n } from '../../i18n/index.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { RadarPanel, TrendsPanel } from './UnitCharts.tsx';
import { UnitHeader } from './UnitHeader.tsx';
import { FiguresPanel, RankHistory, SignalsBox, WeaknessHistoryPanel } from './UnitHistory.tsx';
import { buildUnitPage } from './unitData.ts';
import { TargetStatus, UnitTargets, useUnitAssessments } from '../../shared/targets/UnitTargets.tsx';
import { useTargetLine } from '../../shared/targets/useTargetLine.ts';
import type { SourceSummary } from '../../domain/sources.ts';
import { wordsFor } from '../../export/briefing/sentences.ts';
import { sourceList } from '../../export/briefing/truth.ts';
import { CoverageNote } from '../../ui/CoverageNote.tsx';
import { unitHref } from '../../view/unitHref.ts';
import './unit.css';

function NotFound({ code, model }: { code: string | undefined; model: Model }) {
  const { t, l } = useI18n();
  const { view } = useViewContext();
  return (
    <section className="page unit-missing" role="alert" aria-labelledby="unit-missing-title" data-testid="unit-not-found">
      <h1 id="unit-missing-title">{t('unitPage.notFound.title')}</h1>
      <p>{code ? t('unitPage.notFound.body', { code, dataset: l(model.dataset.meta.name) }) : t('unitPage.noCode')}</p>
      <p>
        <a href={hrefTo({ to: 'weaknesses' }, view.params)}>{t('unitPage.notFound.back')}</a>
      </p>
    </section>
  );
}

/** The target marks and lines, for a unit that exists (hooks cannot wait behind the not-found return). */
function UnitTargetParts({
  model,
  data,
  children,
}: {
  model: Model;
  data: NonNullable<ReturnType<typeof buildUnitPage>>;
  children: (parts: { table: ReactNode; mark: (id: string) => ReactNode; targetFor: TargetLineFor }) => ReactNode;
}) {
  const assessments = useUnitAssessments(model, data.unit, data.year);
  const units = useMemo(() => [data.unit], [data.unit]);
  const targetFor = useTargetLine(model, units);
  const table = <UnitTargets model={model} unit={data.unit} year={data.year} assessments={assessments} />;
  const mark = (id: string) => {
    const a = assessments.get(id);
    return a ? (
      <>
        {' '}
        <TargetStatus a={a} />
      </>
    ) : null;
  };
  return <>{children({ table, mark, targetFor })}</>;
}

export default function UnitPage({ model }: { model: Model }) {
  const { t, l, lang } = useI18n();
  const { view } = useViewContext();
  const [search, setSettings] = useSettings();
  const code = view.code;
  const unit = code ? model.unitByCode.get(code) : undefined;
  const recordYears = useMemo(() => (unit ? model.years.filter((y) => recordOf(model, unit.code, y)) : []), [model, unit]);
  // A year the link asks for is kept (even without a report); otherwise the unit's latest report.
  const asked = search.year !== null && view.year !== null && model.years.includes(view.year);
  const year =
    asked || view.year === null || recordYears.includes(view.year) ? view.year : (recordYears[recordYears.length - 1] ?? view.year);
  const settings = useScoringSettings();
  const data = useMemo(
    () => (unit && year !== null ? buildUnitPage(model, unit.code, year, settings) : null),
    [model, unit, year, settings],
  );

  if (!unit || !data) return <NotFound code={code} model={model} />;
  const synthetic = model.dataset.meta.synthetic;
  const sources = (s: SourceSummary) => sourceList(s, l(model.dataset.meta.name), wordsFor(lang));

  return (
    <div className="page unit-page" data-unit={unit.code}>
      <UnitHeader data={data} model={model} onYear={(y) => setSettings({ year: y })} />
      {data.area && data.area.coverage.of > 0 && (
        <CoverageNote coverage={data.area.coverage} hrefOf={(c) => unitHref(c, view.params, { year: data.year })} testId="unit-coverage" />
      )}
      {!data.hasRecord && (
        <div className="unit-norecord" role="status">
          <p>{t('unitPage.noRecord', { name: unit.name, year: data.year })}</p>
          {recordYears.length ? (
            <p>
              {t('unitPage.recordYears')}{' '}
              {recordYears.map((y) => (
                <button key={y} type="button" className="btn ghost unit-year-link" onClick={() => setSettings({ year: y })}>
                  {y}
                </button>
              ))}
            </p>
          ) : (
            <p>{t('unitPage.noYears')}</p>
          )}
        </div>
      )}
      <UnitTargetParts model={model} data={data}>
        {({ table, mark, targetFor }) => (
          <>
            {table}
            <div className="unit-main">
              <IndicatorTable data={data} mark={mark} />
              <div className="unit-side">
                <RadarPanel data={data} sources={sources} />
                <RankHistory data={data} />
                {data.signals && <SignalsBox signals={data.signals} />}
                <TrendsPanel data={data} targetFor={targetFor} sources={sources} />
              </div>
            </div>
          </>
        )}
      </UnitTargetParts>
      <div className="two-col unit-evidence">
        <WeaknessHistoryPanel data={data} synthetic={synthetic} years={model.years} />
        <FiguresPanel data={data} synthetic={synthetic} />
      </div>
    </div>
  );
}
