/**
 * The conflicts an add would meet, shown before anything is added: per unit, year and indicator
 * (or part), each value stated with every source that states it (the dataset's quote or cell, the
 * report's quote, the template's file and cell), and the user keeps one.
 */
import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import type { Dispatch } from 'react';
import type { Dataset } from '../../contract/schema.ts';
import { formatNumber, unitLabel, useI18n } from '../../i18n/index.ts';
import { domainLabel, scopeLabel } from '../../i18n/labels.ts';
import { choiceKey, type FactPlan, type MergePlan } from './mergePlan.ts';
import type { ReviewAction } from './review.ts';

function factLabel(f: FactPlan, dataset: Dataset, t: ReturnType<typeof useI18n>['t'], l: ReturnType<typeof useI18n>['l']): string {
  const ind = dataset.indicators.find((i) => i.id === f.indicator);
  const name = ind ? l(ind.label) : f.indicator;
  if (f.domain) return `${name}（${domainLabel(t, f.domain)}）`;
  if (f.scope) return `${name}（${scopeLabel(t, f.scope)}）`;
  return name;
}

/**
 * Every conflict at once: the value to be added (where the files to add agree among themselves),
 * or the value the dataset has. Conflicts this cannot decide stay open.
 */
function bulk(conflicts: readonly FactPlan[], keep: 'incoming' | 'existing'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of conflicts) {
    const incoming = [...new Set(f.incoming.map((s) => s.value))];
    const value = keep === 'existing' ? f.existing?.value : incoming.length === 1 ? incoming[0] : undefined;
    if (value !== undefined) out[choiceKey(f.unit, f.year, f.key)] = value;
  }
  return out;
}

export function ConflictList({ plan, dataset, dispatch }: { plan: MergePlan; dataset: Dataset; dispatch: Dispatch<ReviewAction> }) {
  const { t, l, lang } = useI18n();
  const conflicts = plan.facts.filter((f) => f.status === 'conflict');
  if (conflicts.length === 0) return null;
  const docTitle = new Map((dataset.documents ?? []).map((d) => [d.id, d.title]));
  const unitName = new Map(dataset.units.map((u) => [u.code, u.name]));
  return (
    <section className="conflicts" aria-labelledby="conflicts-title" data-testid="conflicts">
      <h3 id="conflicts-title">{t('import.merge.conflicts.title', { n: conflicts.length })}</h3>
      <p className="muted">{t('import.merge.conflicts.help')}</p>
      <div className="row conflict-bulk">
        <button
          type="button"
          className="btn ghost"
          onClick={() => dispatch({ type: 'chooseMany', choices: bulk(conflicts, 'incoming') })}
          data-testid="conflicts-keep-incoming"
        >
          {t('import.merge.keepAllIncoming')}
        </button>
        <button
          type="button"
          className="btn ghost"
          onClick={() => dispatch({ type: 'chooseMany', choices: bulk(conflicts, 'existing') })}
          data-testid="conflicts-keep-existing"
        >
          {t('import.merge.keepAllExisting')}
        </button>
      </div>
      <ul className="conflict-list">
        {conflicts.map((f) => {
          const key = choiceKey(f.unit, f.year, f.key);
          const unit = dataset.indicators.find((i) => i.id === f.indicator)?.unit ?? '';
          const fmt = (v: number) => `${formatNumber(v, lang, 4)}${unit === '%' ? '%' : ` ${unitLabel(unit, lang, v)}`}`;
          return (
            <li
              key={key}
              className={f.kept === null ? 'conflict open' : 'conflict'}
              data-testid="conflict"
              data-key={key}
              data-kept={f.kept ?? ''}
            >
              <fieldset>
                <legend>
                  {t('import.merge.conflict.head', {
                    unit: unitName.get(f.unit) ?? f.unit,
                    year: f.year,
                    indicator: factLabel(f, dataset, t, l),
                  })}
                </legend>
                {f.values.map((v) => {
                  const fromDataset = f.existing?.value === v ? f.existing : null;
                  const fromItems = f.incoming.filter((s) => s.value === v);
                  return (
                    <label key={v} className={f.kept === v ? 'conflict-option on' : 'conflict-option'}>
                      <input
                        type="radio"
                        name={key}
                        checked={f.kept === v}
                        onChange={() => dispatch({ type: 'choose', key, value: v })}
                        data-testid="conflict-keep"
                        data-value={v}
                      />
                      <span className="conflict-value">{t('import.merge.keep', { value: fmt(v) })}</span>
                      <ul className="conflict-sources">
                        {fromDataset && (
                          <li data-testid="conflict-source" data-from="dataset">
                            <strong>
                              {fromDataset.evidence.length ? t('import.merge.src.dataset') : t('import.merge.src.datasetNoQuote')}
                            </strong>
                            {fromDataset.evidence
                              .filter((e) => e.separate !== true)
                              .slice(0, 3)
                              .map((e, i) => (
                                <q key={i} lang="zh-CN">
                                  {/* A template's cell names its file already; a report's words get its title. */}
                                  {e.quote.includes(e.doc) ? e.quote : `${docTitle.get(e.doc) ?? e.doc}：${e.quote}`}
                                </q>
                              ))}
                          </li>
                        )}
                        {fromItems.map((s) => (
                          <li key={s.item} data-testid="conflict-source" data-from="item">
                            <strong>{t('import.merge.src.item', { file: s.file })}</strong>
                            {s.evidence.slice(0, 3).map((e, i) => (
                              <q key={i} lang="zh-CN">
                                {e.quote}
                              </q>
                            ))}
                          </li>
                        ))}
                      </ul>
                    </label>
                  );
                })}
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
