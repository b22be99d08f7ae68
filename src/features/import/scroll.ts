/** Scrolls `el` to the middle of its scrolling `box` only: the page itself does not move. */
export function scrollWithin(box: HTMLElement | null, el: HTMLElement | null | undefined): void {
  if (!box || !el) return;
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const top = box.scrollTop + (r.top - b.top) - (box.clientHeight - r.height) / 2;
  if (typeof box.scrollTo === 'function') box.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  else box.scrollTop = Math.max(0, top);
}
