/**
 * The figures of one report, each correctable (indicator, part, value) and each to accept or
 * reject. Clicking a row shows its quote in the text; a highlight clicked in the text selects its
 * row here (and scrolls to it).
 */
import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import { useEffect, useRef, useState, type Dispatch, type MouseEvent } from 'react';
import type { Indicator } from '../../contract/schema.ts';
import { domains, indicatorGroups } from '../../domain/catalogue.ts';
import { formatNumber, unitLabel, useI18n } from '../../i18n/index.ts';
import { domainLabel, scopeLabel } from '../../i18n/labels.ts';
import type { ReviewAction } from './review.ts';
import { ScanCrop } from './ScanCrop.tsx';
import { scrollWithin } from './scroll.ts';
import type { Decision, ReviewFigure, ReviewItem } from './types.ts';
import type { FactPlan } from './mergePlan.ts';

/** How an accepted figure would go in: new, confirming the dataset, or in conflict (and which value is kept). */
function MergeTag({ fact, value }: { fact: FactPlan; value: number }) {
  const { t, lang } = useI18n();
  const cls = fact.status === 'conflict' ? 'tag tag-conflict' : fact.status === 'confirmed' ? 'tag tag-confirmed' : 'tag tag-new';
  return (
    <span className={cls} data-testid="merge-tag" data-status={fact.status}>
      {t(`import.merge.fig.${fact.status}`)}
      {fact.status === 'conflict' && fact.kept !== null && fact.kept !== value
        ? ` · ${t('import.merge.fig.kept', { value: formatNumber(fact.kept, lang, 4) })}`
        : ''}
    </span>
  );
}

export function valueProblem(text: string, unit: string): 'badValue' | 'badRate' | null {
  const s = text.trim();
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) return 'badValue';
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) return 'badValue';
  if (unit === '%' && n > 100) return 'badRate';
  return null;
}

function DecisionButtons({
  decision,
  onDecide,
  disabled,
  invalid,
}: {
  decision: Decision;
  onDecide: (d: Decision) => void;
  disabled: boolean;
  invalid: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="decision" role="group">
      <button
        type="button"
        className={decision === 'accepted' ? 'dbtn accept on' : 'dbtn accept'}
        aria-pressed={decision === 'accepted'}
        title={decision === 'accepted' ? t('import.review.accepted') : undefined}
        disabled={disabled || invalid}
        onClick={() => onDecide(decision === 'accepted' ? 'pending' : 'accepted')}
        data-testid="accept"
      >
        ✓ {t('import.review.accept')}
      </button>
      <button
        type="button"
        className={decision === 'rejected' ? 'dbtn reject on' : 'dbtn reject'}
        aria-pressed={decision === 'rejected'}
        title={decision === 'rejected' ? t('import.review.rejected') : undefined}
        disabled={disabled}
        onClick={() => onDecide(decision === 'rejected' ? 'pending' : 'rejected')}
        data-testid="reject"
      >
        ✗ {t('import.review.reject')}
      </button>
    </div>
  );
}

function FigureRow({
  item,
  f,
  n,
  indicators,
  selected,
  onSelect,
  dispatch,
  fact,
}: {
  item: ReviewItem;
  f: ReviewFigure;
  n: number;
  indicators: readonly Indicator[];
  selected: boolean;
  fact: FactPlan | null;
  onSelect: (id: string) => void;
  dispatch: Dispatch<ReviewAction>;
}) {
  const { t, l, lang } = useI18n();
  const locked = Boolean(item.addedAt);
  const ind = indicators.find((i) => i.id === f.indicator);
  const unit = ind?.unit ?? f.unit;
  const [text, setText] = useState(String(f.value));
  useEffect(() => setText(String(f.value)), [f.value]);
  const problem = valueProblem(text, unit);
  const rowRef = useRef<HTMLTableRowElement>(null);

  const onRowClick = (e: MouseEvent) => {
    // Controls inside the row do their own thing.
    if (e.target instanceof Element && e.target.closest('select, input, button')) return;
    onSelect(f.id);
  };
  const cls = ['fig-row', `fig-${f.decision}`, selected ? 'selected' : ''].filter(Boolean).join(' ');
  return (
    <tr
      ref={rowRef}
      className={cls}
      data-testid="figure-row"
      data-fig={f.id}
      data-decision={f.decision}
      data-indicator={f.indicator}
      aria-selected={selected}
      onClick={onRowClick}
    >
      <td className="num-col">{n}</td>
      <td>
        <select
          aria-label={t('import.review.col.indicator')}
          value={f.indicator}
          disabled={locked}
          onChange={(e) => dispatch({ type: 'edit', item: item.id, figure: f.id, patch: { indicator: e.target.value } })}
          data-testid="figure-indicator"
        >
          {!ind && <option value={f.indicator}>{f.indicator}</option>}
          {indicatorGroups.map((g) => (
            <optgroup key={g} label={t(`group.${g}`)}>
              {indicators
                .filter((i) => i.group === g)
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {l(i.label)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {!ind && <div className="field-error">{t('import.review.unknownIndicator')}</div>}
        {f.scope && <span className="tag">{scopeLabel(t, f.scope)}</span>}
      </td>
      <td className="domain-cell">
        <select
          aria-label={t('import.review.col.domain')}
          value={f.domain ?? ''}
          disabled={locked}
          onChange={(e) => dispatch({ type: 'edit', item: item.id, figure: f.id, patch: { domain: e.target.value || null } })}
          data-testid="figure-domain"
        >
          <option value="">{t('import.review.total')}</option>
          {domains.map((d) => (
            <option key={d} value={d}>
              {domainLabel(t, d)}
            </option>
          ))}
        </select>
      </td>
      <td className="value-cell">
        <span className="value-input">
          <input
            type="text"
            inputMode="decimal"
            aria-label={t('import.review.col.value')}
            aria-invalid={problem !== null}
            value={text}
            disabled={locked}
            onChange={(e) => {
              setText(e.target.value);
              if (valueProblem(e.target.value, unit) === null)
                dispatch({ type: 'edit', item: item.id, figure: f.id, patch: { value: Number(e.target.value.trim()) } });
            }}
            data-testid="figure-value"
          />
          <span className="unit">{unitLabel(unit, lang)}</span>
        </span>
        {f.approx && <span className="tag">{t('import.review.approx')}</span>}
        {fact && !locked && <MergeTag fact={fact} value={f.value} />}
        {f.original && (
          <span className="tag tag-edited">{t('import.review.edited', { value: formatNumber(f.original.value, lang, 4) })}</span>
        )}
        {problem && (
          <div className="field-error" role="alert">
            {t(`import.review.${problem}`)}
          </div>
        )}
      </td>
      <td className="quote-cell">
        <button type="button" className="quote-link" onClick={() => onSelect(f.id)} title={f.quote} data-testid="figure-quote">
          {f.quote}
        </button>
        {f.scan && <ScanCrop crop={f.scan} />}
      </td>
      <td>
        <DecisionButtons
          decision={f.decision}
          disabled={locked}
          invalid={problem !== null || !ind}
          onDecide={(d) => dispatch({ type: 'decide', item: item.id, figure: f.id, decision: d })}
        />
      </td>
    </tr>
  );
}

export function FigureTable({
  item,
  indicators,
  selected,
  scrollKey,
  onSelect,
  dispatch,
  statusOf,
}: {
  item: ReviewItem;
  indicators: readonly Indicator[];
  selected: string | null;
  /** The merge plan's fact for an accepted figure. */
  statusOf: (f: ReviewFigure) => FactPlan | null;
  /** Bumped when a highlight was clicked: the selected row scrolls into view. */
  scrollKey: number;
  onSelect: (id: string) => void;
  dispatch: Dispatch<ReviewAction>;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scrollKey === 0) return;
    scrollWithin(box.current, box.current?.querySelector<HTMLElement>('tr.selected'));
  }, [scrollKey]);
  if (item.figures.length === 0) return <p className="muted">{t('import.review.noFigures')}</p>;
  return (
    <div className="figure-scroll" ref={box}>
      <table className="figure-table" data-testid="figure-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('import.review.col.indicator')}</th>
            <th scope="col">{t('import.review.col.domain')}</th>
            <th scope="col">{t('import.review.col.value')}</th>
            <th scope="col">{t('import.review.col.quote')}</th>
            <th scope="col">{t('import.review.col.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {item.figures.map((f, i) => (
            <FigureRow
              key={f.id}
              item={item}
              f={f}
              n={i + 1}
              indicators={indicators}
              selected={selected === f.id}
              onSelect={onSelect}
              dispatch={dispatch}
              fact={statusOf(f)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WeaknessList({
  item,
  dispatch,
  label,
}: {
  item: ReviewItem;
  dispatch: Dispatch<ReviewAction>;
  label: (id: string) => string;
}) {
  const locked = Boolean(item.addedAt);
  return (
    <ul className="weak-review">
      {item.weaknesses.map((w) => (
        <li key={w.id} className={`weak-row fig-${w.decision}`} data-testid="weakness-row" data-decision={w.decision}>
          <div className="weak-body">
            <strong>{label(w.category)}</strong>
            <q lang="zh-CN">{w.quote}</q>
          </div>
          <DecisionButtons
            decision={w.decision}
            disabled={locked}
            invalid={false}
            onDecide={(d) => dispatch({ type: 'decideWeakness', item: item.id, weakness: w.id, decision: d })}
          />
        </li>
      ))}
    </ul>
  );
}
