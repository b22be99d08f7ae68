/**
 * Random mutations of a valid dataset, as a careless producer or a hand edit would make them:
 * drop, duplicate, retype, negate, stringify, rename a reference, inflate a rate, truncate the
 * file. Each mutation is plain data (shrinkable by fast-check) applied to a JSON copy.
 */
import fc from 'fast-check';

export type Key = string | number;
export type Path = readonly Key[];

export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'retype'; at: number; to: unknown }
  | { kind: 'negate'; at: number }
  | { kind: 'stringify'; at: number }
  | { kind: 'rename'; at: number; to: number; suffix: string }
  | { kind: 'inflate'; record: number; by: number }
  | { kind: 'truncate'; keep: number };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Every path in a JSON value, parents before children. */
export function pathsOf(root: unknown): Path[] {
  const out: Path[] = [];
  const walk = (x: unknown, path: Key[]): void => {
    out.push(path);
    if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...path, i]));
    else if (isObject(x)) for (const [k, y] of Object.entries(x)) walk(y, [...path, k]);
  };
  walk(root, []);
  return out;
}

/** Strings that look like references (codes, ids): what a rename swaps between. */
export function referencesOf(root: unknown): string[] {
  const out = new Set<string>();
  for (const p of pathsOf(root)) {
    const v = get(root, p);
    if (typeof v === 'string' && /^([a-z][a-z0-9_]*|\d{6}|[0-9a-z_-]{3,40})$/.test(v)) out.add(v);
  }
  return [...out].sort();
}

function get(root: unknown, path: Path): unknown {
  let cur = root;
  for (const k of path) {
    if (Array.isArray(cur) && typeof k === 'number') cur = cur[k];
    else if (isObject(cur) && typeof k === 'string') cur = cur[k];
    else return undefined;
  }
  return cur;
}

function set(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1));
  const k = path[path.length - 1];
  if (Array.isArray(parent) && typeof k === 'number') parent[k] = value;
  else if (isObject(parent) && typeof k === 'string') parent[k] = value;
  return root;
}

const jsonValue: fc.Arbitrary<unknown> = fc.oneof<fc.Arbitrary<unknown>[]>(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.string({ maxLength: 8 }),
  fc.constant([]),
  fc.constant({}),
);

export function mutationArb(paths: number, references: number, records: number): fc.Arbitrary<Mutation> {
  const at = fc.nat({ max: paths - 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), at }),
    fc.record({ kind: fc.constant('duplicate' as const), at }),
    fc.record({ kind: fc.constant('retype' as const), at, to: jsonValue }),
    fc.record({ kind: fc.constant('negate' as const), at }),
    fc.record({ kind: fc.constant('stringify' as const), at }),
    fc.record({
      kind: fc.constant('rename' as const),
      at,
      to: fc.nat({ max: Math.max(0, references - 1) }),
      suffix: fc.constantFrom('', 'x', '9'),
    }),
    fc.record({
      kind: fc.constant('inflate' as const),
      record: fc.nat({ max: Math.max(0, records - 1) }),
      by: fc.integer({ min: 1, max: 10000 }),
    }),
    fc.record({ kind: fc.constant('truncate' as const), keep: fc.double({ min: 0, max: 1, noNaN: true }) }),
  );
}

/** The mutated file's text. `base` is the valid dataset's JSON text. */
export function applyMutations(
  base: string,
  mutations: readonly Mutation[],
  ctx: { paths: Path[]; references: string[]; rateIndex: number },
): string {
  let root: unknown = JSON.parse(base);
  let truncateAt: number | null = null;
  for (const m of mutations) {
    if (m.kind === 'truncate') {
      truncateAt = m.keep;
      continue;
    }
    if (m.kind === 'inflate') {
      const values = get(root, ['records', m.record, 'values']);
      if (Array.isArray(values) && ctx.rateIndex < values.length) values[ctx.rateIndex] = 100 + m.by / 100;
      continue;
    }
    const path = ctx.paths[m.at];
    if (!path) continue;
    const value = get(root, path);
    switch (m.kind) {
      case 'drop': {
        const parent = get(root, path.slice(0, -1));
        const k = path[path.length - 1];
        if (Array.isArray(parent) && typeof k === 'number') parent.splice(k, 1);
        else if (isObject(parent) && typeof k === 'string') delete parent[k];
        else if (path.length === 0) root = {};
        break;
      }
      case 'duplicate': {
        // The nearest array at or above the path gets a copy of its element.
        for (let n = path.length; n > 0; n--) {
          const parent = get(root, path.slice(0, n - 1));
          const k = path[n - 1];
          if (Array.isArray(parent) && typeof k === 'number') {
            parent.splice(k, 0, structuredClone(parent[k]));
            break;
          }
        }
        break;
      }
      case 'retype':
        root = set(root, path, m.to);
        break;
      case 'negate':
        root = set(root, path, typeof value === 'number' ? -value - 1 : -1);
        break;
      case 'stringify':
        root = set(root, path, typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'));
        break;
      case 'rename': {
        if (typeof value !== 'string') break;
        root = set(root, path, `${ctx.references[m.to] ?? value}${m.suffix}`);
        break;
      }
    }
  }
  // Paths are of the base: after a drop or duplicate they may point elsewhere, which is fine
  // (it is still a mutation) as long as every step is applied to what is there.
  const text = JSON.stringify(root) ?? '';
  return truncateAt === null ? text : text.slice(0, Math.floor(text.length * truncateAt));
}
