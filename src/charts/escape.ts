/**
 * Names and quotes are data. Anything put into an ECharts HTML tooltip passes through here;
 * React-rendered text is escaped by React itself.
 */
const map: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: string | number | boolean | null | undefined): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => map[c] ?? c);
}

/** An HTML tooltip body from escaped parts; class names only, no inline styles (CSP style-src 'self'). */
export function tooltipHtml(title: string, rows: ReadonlyArray<{ label: string; value: string; marker?: number }>): string {
  const body = rows
    .map(
      (r) =>
        `<div class="tt-row">${r.marker === undefined ? '' : `<span class="tt-marker tt-c${r.marker % 8}"></span>`}<span class="tt-label">${escapeHtml(r.label)}</span><span class="tt-value">${escapeHtml(r.value)}</span></div>`,
    )
    .join('');
  return `<div class="tt"><div class="tt-title">${escapeHtml(title)}</div>${body}</div>`;
}
