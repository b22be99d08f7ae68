/**
 * One report under review: its unit and year (set where the extractor could not), its text with
 * highlights beside its figures, linked both ways, and accept/reject per figure or for all.
 */
import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import { useCallback, useMemo, useState, type Dispatch } from 'react';
import type { Dataset, Indicator } from '../../contract/schema.ts';
import { defaultWeaknessCategories } from '../../domain/catalogue.ts';
import { useI18n } from '../../i18n/index.ts';
import { useScanText } from '../../i18n/scanText.ts';
import { FigureTable, WeaknessList } from './FigureTable.tsx';
import { ReportText } from './ReportText.tsx';
import type { ReviewAction } from './review.ts';
import type { ReviewItem } from './types.ts';
import { isUnitCode } from './units.ts';
import { PlacementOffer } from './PlacementOffer.tsx';
import { useRegionTable } from './unknownCodes.ts';
import { documentOnly, notReady } from './merge.ts';
import { factKeyOf, figureStatus, type MergePlan } from './mergePlan.ts';

function UnitFields({ item, dataset, dispatch }: { item: ReviewItem; dataset: Dataset | null; dispatch: Dispatch<ReviewAction> }) {
  const { t } = useI18n();
  const table = useRegionTable();
  const locked = Boolean(item.addedAt);
  const units = useMemo(() => {
    const byCode = new Map((dataset?.units ?? []).map((u) => [u.code, u]));
    return (dataset?.units ?? [])
      .filter((u) => u.level !== 'province')
      .map((u) => ({
        code: u.code,
        label: `${u.code} ${u.name}${u.parent && byCode.get(u.parent) && u.level !== 'city' ? `（${byCode.get(u.parent)?.name ?? ''}）` : ''}`,
      }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }, [dataset]);
  const known = units.some((u) => u.code === item.unitCode);
  const codeOk = isUnitCode(item.unitCode);
  const yearOk = item.year !== null && Number.isInteger(item.year) && item.year >= 1990 && item.year <= 2100;
  const [yearText, setYearText] = useState(item.year === null ? '' : String(item.year));
  return (
    <div className="unit-fields">
      <label className="field">
        {t('import.review.unit')}
        <select
          value={known ? item.unitCode : ''}
          disabled={locked}
          onChange={(e) => {
            const u = dataset?.units.find((x) => x.code === e.target.value);
            dispatch({ type: 'setUnit', item: item.id, code: e.target.value, ...(u ? { name: u.name } : {}) });
          }}
          data-testid="unit-picker"
        >
          <option value="">{t('import.review.unitPick')}</option>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('import.review.code')}
        <input
          type="text"
          inputMode="numeric"
          maxLength={6}
          className="code-input"
          value={item.unitCode}
          disabled={locked}
          aria-invalid={item.unitCode !== '' && !codeOk}
          onChange={(e) => dispatch({ type: 'setUnit', item: item.id, code: e.target.value.replace(/\D/g, '').slice(0, 6) })}
          data-testid="unit-code"
        />
      </label>
      {codeOk && !known && (
        <label className="field">
          {t('import.review.name')}
          <input
            type="text"
            value={item.unitName}
            disabled={locked}
            onChange={(e) => dispatch({ type: 'setUnit', item: item.id, code: item.unitCode, name: e.target.value })}
            data-testid="unit-name"
          />
        </label>
      )}
      <label className="field">
        {t('import.review.year')}
        <input
          type="text"
          inputMode="numeric"
          maxLength={4}
          className="year-input"
          value={yearText}
          disabled={locked}
          aria-invalid={!yearOk}
          onChange={(e) => {
            const s = e.target.value.replace(/\D/g, '').slice(0, 4);
            setYearText(s);
            dispatch({ type: 'setYear', item: item.id, year: s.length === 4 ? Number(s) : null });
          }}
          data-testid="report-year"
        />
      </label>
      <div className="unit-notes">
        <PlacementOffer item={item} dataset={dataset} dispatch={dispatch} />
        {item.detected ? (
          <span className="muted">
            {t('import.review.detected', {
              name: [item.detected.province, item.detected.parentRegion, item.detected.name].filter(Boolean).join(' '),
            })}
          </span>
        ) : item.source !== 'xlsx' && !item.candidates?.length ? (
          <span className="note-warn">{t('import.review.notDetected')}</span>
        ) : null}
        {item.unitCode !== '' && !codeOk && <span className="note-warn">{t('import.review.badCode')}</span>}
        {codeOk && !known && <span className="note-info">{t('import.review.newUnit', { code: item.unitCode })}</span>}
        {codeOk && table && !table.byCode.has(item.unitCode) && dataset?.units.find((u) => u.code === item.unitCode)?.ownCode !== true && (
          <span className="note-warn" data-testid="unknown-code">
            {t('import.review.unknownCode', { code: item.unitCode, name: item.unitName || '—' })}
          </span>
        )}
        {!yearOk && <span className="note-warn">{t('import.review.noYear')}</span>}
      </div>
    </div>
  );
}

export function ReviewPanel({
  item,
  dataset,
  indicators,
  dispatch,
  plan,
  changedElsewhere = false,
  siblings = 0,
}: {
  /** Another tab has just changed this item (what is shown is its latest). */
  changedElsewhere?: boolean;
  item: ReviewItem;
  dataset: Dataset | null;
  indicators: readonly Indicator[];
  dispatch: Dispatch<ReviewAction>;
  /** What adding the ready items would do: each figure is new, confirmed or in conflict. */
  plan: MergePlan;
  /** Other open rows of the same template file. */
  siblings?: number;
}) {
  const { t, l, lang } = useI18n();
  const scanT = useScanText();
  const [selected, setSelected] = useState<string | null>(null);
  const [flash, setFlash] = useState(0);
  const [rowScroll, setRowScroll] = useState(0);
  const locked = Boolean(item.addedAt);

  const fromTable = useCallback((id: string) => {
    setSelected(id);
    setFlash((n) => n + 1);
  }, []);
  const fromText = useCallback((id: string) => {
    setSelected(id);
    setRowScroll((n) => n + 1);
  }, []);
  const categories = dataset?.weaknessCategories ?? defaultWeaknessCategories;
  const weakLabel = (id: string) => l(categories.find((c) => c.id === id)?.label) || id;

  return (
    <section className="review-panel" aria-labelledby="review-file" data-testid="review-panel" data-item={item.id}>
      <div className="review-head">
        <div>
          <h3 id="review-file">{item.file}</h3>
          {item.title && item.title !== item.file && (
            <p className="muted">
              {item.title}
              {item.docNumber ? `（${item.docNumber}）` : ''}
            </p>
          )}
          {item.kind && (
            <p className="muted" data-testid="report-kind" data-kind={item.kind}>
              {t(`import.kind.${item.kind}`)}
              {item.issuer && item.issuer !== 'commission' ? ` · ${t(`import.issuer.${item.issuer}`)}` : ''}
            </p>
          )}
          {item.issuer === 'government' && <p className="note-warn">{t('import.issuer.governmentNote')}</p>}
        </div>
        <div className="review-actions">
          <button
            type="button"
            className="btn"
            disabled={locked}
            onClick={() => dispatch({ type: 'decideAll', item: item.id, decision: 'accepted' })}
            data-testid="accept-all"
          >
            {t('import.review.acceptAll')}
          </button>
          {item.source === 'xlsx' && siblings > 0 && (
            <button
              type="button"
              className="btn"
              onClick={() => dispatch({ type: 'decideDoc', doc: item.doc, decision: 'accepted' })}
              data-testid="accept-file"
            >
              {t('import.review.acceptFile', { n: siblings + 1 })}
            </button>
          )}
          <button
            type="button"
            className="btn ghost"
            disabled={locked}
            onClick={() => dispatch({ type: 'decideAll', item: item.id, decision: 'rejected' })}
            data-testid="reject-all"
          >
            {t('import.review.rejectAll')}
          </button>
          <button type="button" className="btn ghost" onClick={() => dispatch({ type: 'remove', item: item.id })} data-testid="remove-item">
            {t('import.review.remove')}
          </button>
        </div>
      </div>
      {locked && (
        <p className="note-info">
          {t('import.review.addedNote', { time: new Date(item.addedAt ?? '').toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') })}
        </p>
      )}
      {item.scan && item.scan.ocrPages.length > 0 && (
        <p className="note-warn" data-testid="scan-note">
          {scanT('scan.item', { pages: item.scan.pages, ocr: item.scan.ocrPages.length })}
        </p>
      )}
      <UnitFields key={item.id} item={item} dataset={dataset} dispatch={dispatch} />
      {changedElsewhere && (
        <p className="note-info" role="status" data-testid="changed-elsewhere">
          {t('import.review.otherTab')}
        </p>
      )}
      {item.duplicateOf && (
        <p className="note-warn" data-testid="duplicate-note">
          {t('import.review.duplicate', { of: item.duplicateOf })}
        </p>
      )}
      {!item.addedAt && !item.duplicateOf && notReady(item) === null && documentOnly(item) && (
        <p className="note-info" data-testid="document-only-note">
          {t('import.review.documentOnly', { unit: item.unitName || item.unitCode, year: item.year ?? '' })}
        </p>
      )}
      <div className="review-body">
        <div className="review-text">
          <h4>{t('import.review.text')}</h4>
          <ReportText
            itemId={item.id}
            text={item.text}
            figures={item.figures}
            weaknesses={item.weaknesses}
            selected={selected}
            flash={flash}
            onSelect={fromText}
            label={t('import.review.text')}
          />
        </div>
        <div className="review-figures">
          <h4>{t('import.review.figures', { n: item.figures.length })}</h4>
          <FigureTable
            item={item}
            indicators={indicators}
            selected={selected}
            scrollKey={rowScroll}
            statusOf={(f) => (f.decision === 'accepted' ? figureStatus(plan, item, factKeyOf(f)) : null)}
            onSelect={fromTable}
            dispatch={dispatch}
          />
          {item.weaknesses.length > 0 && (
            <>
              <h4>{t('import.review.weaknesses', { n: item.weaknesses.length })}</h4>
              <WeaknessList item={item} dispatch={dispatch} label={weakLabel} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
