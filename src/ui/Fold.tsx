import { useId, useState, type ReactNode } from 'react';

/**
 * Controls that a phone folds behind one button saying what is selected ("2025 · 河南省 ▾").
 * On wider screens the fold is invisible (`display: contents`, phone.css): the children lay out
 * exactly as they would without it and the button is not rendered to the eye or to assistive tech.
 */
export function Fold({ label, summary, children, className }: { label: string; summary: string; children: ReactNode; className?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={className ? `fold ${className}` : 'fold'} data-open={open}>
      <button type="button" className="fold-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span className="fold-label">{label}</span>
        <span className="fold-summary">{summary}</span>
        <span className="fold-mark" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div className="fold-body" id={id}>
        {children}
      </div>
    </div>
  );
}
