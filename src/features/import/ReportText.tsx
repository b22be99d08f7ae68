/**
 * A report's text with every extracted figure (and admitted weakness) highlighted at its quote's
 * offsets. A highlight is a button: it selects its figure's row. Overlapping quotes are split into
 * segments, each marked for every figure that covers it.
 */
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { scrollWithin } from './scroll.ts';
import type { Decision, ReviewFigure, ReviewWeakness } from './types.ts';

interface Span {
  id: string;
  kind: 'figure' | 'weakness';
  start: number;
  end: number;
  decision: Decision;
}

interface Segment {
  start: number;
  end: number;
  spans: Span[];
}

export function segmentsOf(length: number, spans: readonly Span[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    if (s.end <= s.start || s.start < 0 || s.end > length) continue;
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? 0;
    if (end <= start) continue;
    // Figures first (they are what a click selects), the shortest quote first among them.
    const covering = spans
      .filter((s) => s.start <= start && s.end >= end && s.end > s.start)
      .sort((a, b) => (a.kind === b.kind ? a.end - a.start - (b.end - b.start) : a.kind === 'figure' ? -1 : 1));
    out.push({ start, end, spans: covering });
  }
  return out;
}

export const markId = (item: string, fig: string): string => `hl-${item}-${fig}`;

export const ReportText = memo(function ReportText({
  itemId,
  text,
  figures,
  weaknesses,
  selected,
  flash,
  onSelect,
  label,
}: {
  itemId: string;
  text: string;
  figures: readonly ReviewFigure[];
  weaknesses: readonly ReviewWeakness[];
  selected: string | null;
  /** Bumped to replay the flash on the selected figure. */
  flash: number;
  onSelect: (figureId: string) => void;
  label: string;
}) {
  const segments = useMemo(
    () =>
      segmentsOf(text.length, [
        ...figures.map((f): Span => ({ id: f.id, kind: 'figure', start: f.start, end: f.end, decision: f.decision })),
        ...weaknesses.map((w): Span => ({ id: w.id, kind: 'weakness', start: w.start, end: w.end, decision: w.decision })),
      ]),
    [text, figures, weaknesses],
  );
  const firstSegmentOf = useMemo(() => {
    const m = new Map<string, number>();
    segments.forEach((s, i) => {
      for (const sp of s.spans) if (!m.has(sp.id)) m.set(sp.id, i);
    });
    return m;
  }, [segments]);

  const box = useRef<HTMLDivElement>(null);
  // A figure chosen in the table: bring its highlight into view (flash > 0 only then).
  useEffect(() => {
    if (flash === 0) return;
    scrollWithin(box.current, box.current?.querySelector<HTMLElement>('mark.hl-selected'));
  }, [flash]);

  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };

  return (
    <div ref={box} className="report-text" lang="zh-CN" aria-label={label} tabIndex={0} data-testid="report-text">
      {segments.map((seg, i) => {
        const body = text.slice(seg.start, seg.end);
        const top = seg.spans[0];
        if (!top) return <span key={i}>{body}</span>;
        const isSel = seg.spans.some((s) => s.id === selected);
        const cls = [
          'hl',
          top.kind === 'weakness' ? 'hl-weak' : `hl-${top.decision}`,
          seg.spans.length > 1 ? 'hl-multi' : '',
          isSel ? 'hl-selected' : '',
          isSel && flash > 0 ? `hl-flash${flash % 2}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        const first = firstSegmentOf.get(top.id) === i;
        return (
          <mark
            key={i}
            id={first && top.kind === 'figure' ? markId(itemId, top.id) : undefined}
            className={cls}
            data-fig={top.kind === 'figure' ? top.id : undefined}
            data-weak={top.kind === 'weakness' ? top.id : undefined}
            role={top.kind === 'figure' ? 'button' : undefined}
            tabIndex={top.kind === 'figure' && first ? 0 : undefined}
            onClick={top.kind === 'figure' ? () => onSelect(top.id) : undefined}
            onKeyDown={top.kind === 'figure' ? (e) => onKey(e, top.id) : undefined}
          >
            {body}
          </mark>
        );
      })}
    </div>
  );
});
