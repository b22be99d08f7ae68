/** Resolves a problem path (`records[2].evidence[0].value`, `(root)`) in a JSON value. */
export function valueAtPath(root: unknown, path: string): { found: boolean; value?: unknown } {
  if (path === '(root)') return { found: true, value: root };
  let cur: unknown = root;
  const parts = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  for (const part of parts) {
    if (cur === null || typeof cur !== 'object') return { found: false };
    const index = /^\[(\d+)\]$/.exec(part);
    const key = index ? Number(index[1]) : part;
    if (Array.isArray(cur) ? typeof key !== 'number' || key >= cur.length : !Object.prototype.hasOwnProperty.call(cur, key)) {
      // A missing required field is reported at the path where it should be.
      return { found: false };
    }
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return { found: true, value: cur };
}
