import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { EvidenceList } from '../../ui/EvidenceList.tsx';
import type { CellEvidence } from './heatmapData.ts';
import { useLatest } from '../../ui/useLatest.ts';

/**
 * The quotes behind a heatmap cell, year by year, in a side panel: focus moves into it when it
 * opens, Esc or the close button shuts it and focus goes back where it was.
 */
export function EvidencePanel({
  evidence,
  recurring,
  synthetic,
  unitHref,
  onClose,
}: {
  evidence: CellEvidence;
  recurring: boolean;
  synthetic: boolean;
  /** A link to the unit page, for a unit row. */
  unitHref: string | null;
  onClose: () => void;
}) {
  const { t, l } = useI18n();
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const onCloseRef = useLatest(onClose);
  const { row, category, byYear } = evidence;
  const single = row.kind === 'unit';

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onCloseRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (previous && previous !== document.body && previous.isConnected) previous.focus();
    };
  }, [row.key, category.id, onCloseRef]);

  const reportingUnits = new Set(byYear.flatMap((y) => y.units.map((u) => u.code)));

  return (
    <aside className="wk-evidence" role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid="evidence-panel">
      <header className="wk-evidence-head">
        <div>
          <p className="muted">{t('weak.evidence.dialog')}</p>
          <h2 id={titleId}>{t('weak.evidence.title', { unit: row.name, category: l(category.label) || category.id })}</h2>
          <p className="wk-evidence-summary">
            {single
              ? t('weak.evidence.summary.count', { n: byYear.filter((y) => y.units.length > 0).length })
              : t('weak.evidence.summary.units', { n: reportingUnits.size, of: row.members.length })}
            {recurring && <span className="tag wk-recurring-tag">{t('weak.evidence.recurring')}</span>}
          </p>
        </div>
        <button ref={closeRef} type="button" className="btn ghost" onClick={onClose}>
          {t('weak.evidence.close')}
        </button>
      </header>
      <div className="wk-evidence-body">
        {unitHref && (
          <p>
            <a href={unitHref}>{t('weak.evidence.openUnit')}</a>
          </p>
        )}
        {byYear.length === 0 && <p className="muted">{t('weak.evidence.none')}</p>}
        {byYear.map((y) => {
          const quoted = new Set(y.items.map((i) => i.unit.code));
          const unquoted = y.units.filter((u) => !quoted.has(u.code));
          return (
            <section key={y.year} className="wk-evidence-year" aria-label={t('weak.evidence.year', { year: y.year })}>
              <h3>{t('weak.evidence.year', { year: y.year })}</h3>
              {!single && y.units.length > 0 && (
                <p className="muted">{t('weak.evidence.reportedBy', { names: y.units.map((u) => u.name).join('、') })}</p>
              )}
              {y.items.length > 0 && <EvidenceList items={y.items} synthetic={synthetic} showUnit={!single} />}
              {unquoted.length > 0 && (
                <p className="muted">
                  {single ? '' : `${unquoted.map((u) => u.name).join('、')}：`}
                  {t('weak.evidence.noQuote')}
                </p>
              )}
            </section>
          );
        })}
      </div>
    </aside>
  );
}
