/**
 * The add: what it would do (new, confirmed, in conflict, documents only), the conflicts to decide
 * before anything is added, and the add itself, run on the dataset as stored at the moment of
 * writing (another tab's add included) so nothing is written over. Each add is a version of the
 * dataset (undone under 数据集… → 版本).
 */
import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import { useContext, useMemo, useState, type Dispatch } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { VERSION_BYTES, VERSION_LIMIT, type DecidedConflict } from '../../data/datasetVersions.ts';
import { SCHEMA_VERSION, type Dataset } from '../../contract/schema.ts';
import type { DatasetProblem } from '../../contract/validate.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../domain/catalogue.ts';
import { downloadBlob, safeFilename } from '../../export/download.ts';
import { useI18n } from '../../i18n/index.ts';
import { problemText } from '../../ui/LoadError.tsx';
import { unitHref } from '../../view/unitHref.ts';
import { ViewContext } from '../../view/ViewContext.ts';
import { ConflictList } from './ConflictList.tsx';
import { documentOnly, mergeIntoDataset, notReady } from './merge.ts';
import { planMerge, type MergeCounts, type MergePlan } from './mergePlan.ts';
import { countsOf, type ReviewAction } from './review.ts';
import type { ReviewItem, ReviewState } from './types.ts';

export function emptyDataset(asOf: string): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { id: 'imported', name: { zh: '导入的报告数据', en: 'Imported report data' }, synthetic: false, asOf },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    documents: [],
    units: [],
    records: [],
  };
}

export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Outcome =
  | {
      kind: 'ok';
      items: number;
      counts: MergeCounts;
      documents: number;
      name: string;
      first?: { unit: string; name: string; year: number };
    }
  | { kind: 'invalid'; problems: DatasetProblem[] }
  | { kind: 'changed'; unresolved: number }
  | { kind: 'error'; detail: string };

type Abort = { kind: 'conflicts'; plan: MergePlan } | { kind: 'invalid'; problems: DatasetProblem[] };

/** What each conflict kept and set aside, for the version's record. */
function decided(plan: MergePlan, ds: Dataset): DecidedConflict[] {
  const names = new Map(ds.units.map((u) => [u.code, u.name]));
  return plan.facts
    .filter((f) => f.status === 'conflict' && f.kept !== null)
    .slice(0, 200)
    .map((f) => ({
      unit: f.unit,
      name: names.get(f.unit) ?? f.unit,
      year: f.year,
      indicator: f.indicator,
      ...(f.domain ? { domain: f.domain } : {}),
      ...(f.scope ? { scope: f.scope } : {}),
      kept: f.kept ?? 0,
      dropped: f.values
        .filter((v) => v !== f.kept)
        .map((v) => ({
          value: v,
          sources: [
            ...(f.existing?.value === v ? (f.existing.evidence.length ? f.existing.evidence.map((e) => e.quote) : ['—']) : []),
            ...f.incoming.filter((s) => s.value === v).flatMap((s) => s.evidence.map((e) => `${s.file}：${e.quote}`)),
          ].slice(0, 5),
        })),
    }));
}

/** The plan of adding the review's ready items to the dataset on screen (recomputed as either changes). */
export function useMergePlan(state: ReviewState): { ready: ReviewItem[]; base: Dataset; plan: MergePlan } {
  const ds = useDatasetContext();
  const dataset = ds.dataset;
  const ready = useMemo(() => state.items.filter((i) => notReady(i) === null), [state.items]);
  const base = useMemo(() => dataset ?? emptyDataset(today()), [dataset]);
  const plan = useMemo(() => planMerge(base, ready, state.choices), [base, ready, state.choices]);
  return { ready, base, plan };
}

export function MergeBar({
  state,
  dispatch,
  merge,
}: {
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  merge: { ready: ReviewItem[]; base: Dataset; plan: MergePlan };
}) {
  const { t, l, lang } = useI18n();
  // The link to the first unit merged keeps this page's language and theme.
  const here = useContext(ViewContext)?.view.params;
  const ds = useDatasetContext();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [adding, setAdding] = useState(false);
  const dataset = ds.dataset;
  const { ready, base, plan } = merge;
  const documents = ready.filter(documentOnly).length;
  const pendingLeft = ready.reduce((n, i) => n + countsOf(i).pending, 0);
  const own = ds.shown?.kind === 'upload' ? ds.shown.id : undefined;

  const onAdd = async () => {
    if (adding) return;
    setAdding(true);
    setOutcome(null);
    ds.clearPruned();
    const items = ready;
    const choices = state.choices;
    const ownEntry = own ? ds.userDatasets.find((d) => d.id === own) : undefined;
    const copyId = base.meta.id.endsWith('+import') ? base.meta.id : `${base.meta.id}+import`;
    const fileName = ownEntry?.fileName ?? `${copyId}.json`;
    const done: { plan: MergePlan | null } = { plan: null };
    try {
      const out = await ds.addToDataset<Abort>({
        ...(own ? { target: own } : {}),
        base,
        fileName,
        build: (current) => {
          const res = mergeIntoDataset(current, items, { asOf: today(), fillInPlace: own !== undefined, choices });
          if (!res.ok) return { abort: { kind: 'conflicts', plan: res.plan } };
          // The writer checks the result against the contract (as a dropped file is) before keeping it.
          done.plan = res.plan;
          return {
            dataset: res.dataset,
            version: {
              kind: 'import',
              files: [...new Set(items.map((i) => i.file))],
              counts: {
                created: res.plan.counts.created,
                confirmed: res.plan.counts.confirmed,
                conflicts: res.plan.counts.conflicts,
                documents: items.filter(documentOnly).length,
              },
              conflicts: decided(res.plan, res.dataset),
            },
          };
        },
      });
      if (out.ok) {
        dispatch({ type: 'added', items: items.map((i) => i.id), at: new Date().toISOString() });
        const first = items[0];
        const firstUnit = first ? out.dataset.units.find((u) => u.code === first.unitCode) : undefined;
        setOutcome({
          kind: 'ok',
          items: items.length,
          counts: done.plan?.counts ?? plan.counts,
          documents: items.filter(documentOnly).length,
          name: l(out.dataset.meta.name),
          ...(first && firstUnit && first.year !== null ? { first: { unit: first.unitCode, name: firstUnit.name, year: first.year } } : {}),
        });
      } else if ('abort' in out) {
        setOutcome(
          out.abort.kind === 'conflicts'
            ? { kind: 'changed', unresolved: out.abort.plan.counts.unresolved }
            : { kind: 'invalid', problems: out.abort.problems },
        );
      } else {
        const f = out.error.failure;
        setOutcome(f.kind === 'schema' ? { kind: 'invalid', problems: f.problems } : { kind: 'error', detail: out.error.message });
      }
    } finally {
      setAdding(false);
    }
  };

  const onDownloadDataset = () => {
    if (!dataset) return;
    downloadBlob(
      new Blob([`${JSON.stringify(dataset, null, 1)}\n`], { type: 'application/json' }),
      safeFilename([dataset.meta.id], 'json'),
    );
  };

  const c = plan.counts;
  return (
    <>
      {ready.length > 0 && <ConflictList plan={plan} dataset={base} dispatch={dispatch} />}
      <div className="merge-bar">
        <div className="merge-text">
          {ready.length > 0 ? (
            <p data-testid="merge-summary">
              {t('import.merge.summary', { created: c.created, confirmed: c.confirmed, conflicts: c.conflicts })}
              {documents > 0 && ` ${t('import.merge.documents', { n: documents })}`}
            </p>
          ) : (
            <p className="muted">{t('import.add.none')}</p>
          )}
          {c.unresolved > 0 && (
            <p className="note-warn" data-testid="merge-unresolved">
              {t('import.merge.unresolved', { n: c.unresolved })}
            </p>
          )}
          {ready.length > 0 && plan.newIndicators.length > 0 && (
            <p className="note-info" data-testid="merge-new-indicators">
              {t('import.merge.newIndicators', {
                n: plan.newIndicators.length,
                names: plan.newIndicators.map((i) => l(i.label)).join(lang === 'en' ? ', ' : '、'),
              })}
            </p>
          )}
          {pendingLeft > 0 && <p className="note-warn">{t('import.add.pendingLeft', { n: pendingLeft })}</p>}
        </div>
        <div className="merge-actions">
          <button
            type="button"
            className="btn"
            disabled={ready.length === 0 || c.unresolved > 0 || adding}
            onClick={() => void onAdd()}
            data-testid="add-to-dataset"
          >
            {adding
              ? t('import.merge.adding')
              : t('import.merge.button', { items: ready.length, created: c.created, confirmed: c.confirmed, conflicts: c.conflicts })}
          </button>
          <button type="button" className="btn ghost" disabled={!dataset} onClick={onDownloadDataset} data-testid="download-dataset">
            {t('import.add.download')}
          </button>
          {state.items.some((i) => i.addedAt) && (
            <button type="button" className="btn ghost" onClick={() => dispatch({ type: 'clearAdded' })} data-testid="clear-added">
              {t('import.add.clear')}
            </button>
          )}
        </div>
      </div>
      {outcome?.kind === 'ok' && (
        <p className="success" role="status" data-testid="merge-ok">
          {t('import.merge.ok', {
            items: outcome.items,
            created: outcome.counts.created,
            confirmed: outcome.counts.confirmed,
            conflicts: outcome.counts.conflicts,
            documents: outcome.documents,
            name: outcome.name,
          })}{' '}
          {outcome.first && (
            <a href={unitHref(outcome.first.unit, here, { year: outcome.first.year })}>
              {t('import.add.view', { unit: outcome.first.name, year: outcome.first.year })}
            </a>
          )}
        </p>
      )}
      {ds.prunedVersions > 0 && (
        <p className="note-info" role="status" data-testid="versions-pruned">
          {t('import.merge.pruned', { n: ds.prunedVersions, limit: VERSION_LIMIT, mb: VERSION_BYTES / 1048576 })}
        </p>
      )}
      {outcome?.kind === 'changed' && (
        <p className="note-warn" role="alert" data-testid="merge-changed">
          {t('import.merge.changed', { n: outcome.unresolved })}
        </p>
      )}
      {(outcome?.kind === 'invalid' || outcome?.kind === 'error') && (
        <div className="banner banner-error inline" role="alert" data-testid="merge-error">
          <strong>{t('import.add.failed')}</strong>
          <ul className="load-error-problems">
            {outcome.kind === 'invalid' ? (
              outcome.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code> {problemText(p, t)}
                </li>
              ))
            ) : (
              <li>{outcome.detail}</li>
            )}
          </ul>
        </div>
      )}
    </>
  );
}
