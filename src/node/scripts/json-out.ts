/**
 * Deterministic, diff-friendly JSON for datasets: no indentation, one top-level key per line and
 * one array element (unit, record …) per line. Key order is the order the builders create;
 * builders sort units and records, so the same input gives the same bytes.
 */
export function toJsonLines(data: object): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length > 0) {
      const items: string[] = value.map((item: unknown) => JSON.stringify(item));
      parts.push(`${JSON.stringify(key)}:[\n${items.join(',\n')}\n]`);
    } else {
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
  }
  return `{${parts.join(',\n')}}\n`;
}

/** Rounds to a number of decimals (negative: to tens, hundreds …) without float noise. */
export function round(x: number, decimals = 0): number {
  if (decimals < 0) {
    const step = 10 ** -decimals;
    return Math.round(x / step) * step;
  }
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

export function byCode<T extends { code: string }>(a: T, b: T): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function byUnitYear<T extends { unit: string; year: number }>(a: T, b: T): number {
  if (a.unit !== b.unit) return a.unit < b.unit ? -1 : 1;
  return a.year - b.year;
}
