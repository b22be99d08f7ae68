import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/contract/validate.ts';
import { requiredSchemaVersion, withRequiredVersion } from '../../../src/contract/schemaVersion.ts';
import { decodeDataset } from '../../../src/data/decode.ts';
import { DatasetLoadError } from '../../../src/data/errors.ts';
import { badFixtures } from '../../../mocks/fixtures/bad.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';

function failureOf(name: string) {
  const make = badFixtures[name];
  if (!make) throw new Error(`no fixture ${name}`);
  try {
    decodeDataset(make().body, `fixtures/${name}.json`);
  } catch (err) {
    if (err instanceof DatasetLoadError) return err.failure;
    throw err;
  }
  throw new Error(`${name} was accepted`);
}

describe('parseDataset', () => {
  it('accepts the tiny dataset', () => {
    const r = parseDataset(tinyDataset());
    expect(r.ok).toBe(true);
  });

  it('names the JSON path and the problem for each kind of bad input', () => {
    expect(failureOf('not-json').kind).toBe('not_json');
    expect(failureOf('html-error-page').kind).toBe('html');
    expect(failureOf('empty-object').kind).toBe('empty');

    const negative = failureOf('negative-count');
    expect(negative.kind).toBe('schema');
    if (negative.kind === 'schema') {
      expect(negative.problems[0]).toMatchObject({ code: 'negative', subject: 'penalty_cases', received: '-3' });
      expect(negative.problems[0]?.path).toMatch(/^records\[2\]\.values\[\d+\]$/);
    }
    const rate = failureOf('rate-over-100');
    expect(rate.kind === 'schema' && rate.problems[0]?.code).toBe('rate_over_100');
    const unit = failureOf('unknown-unit');
    expect(unit.kind === 'schema' && unit.problems[0]).toMatchObject({ path: 'records[0].unit', code: 'unknown_unit', subject: '999999' });
    const ind = failureOf('unknown-indicator');
    expect(ind.kind === 'schema' && ind.problems[0]).toMatchObject({ code: 'unknown_indicator', subject: 'no_such_indicator' });
    const strings = failureOf('numbers-as-strings');
    expect(strings.kind === 'schema' && strings.problems[0]).toMatchObject({ code: 'type', received: '"14"' });
    expect(strings.kind === 'schema' && strings.problems[0]?.path).toMatch(/^records\[2\]\.values\[\d+\]$/);
    const wrong = failureOf('wrong-schema');
    expect(wrong.kind).toBe('schema');
    if (wrong.kind === 'schema') {
      const paths = wrong.problems.map((p) => p.path);
      expect(paths).toContain('meta.name');
      expect(paths).toContain('indicators');
      expect(wrong.problems.length).toBeLessThanOrEqual(8);
    }
  });

  it('refuses an unsupported schema version with the version it reads', () => {
    const r = parseDataset({ ...tinyDataset(), schemaVersion: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({ path: 'schemaVersion', code: 'schema_version', received: '2', expected: '1, 1.1, 1.2' });
  });

  it('reads a record’s extent (1.2) and refuses it under an older version, which would add an area total to its units', () => {
    const d = tinyDataset();
    const first = d.records[0];
    if (!first) throw new Error('fixture');
    d.records[0] = { ...first, extent: 'area' };
    const old = parseDataset(d);
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.problems[0]).toMatchObject({ path: 'schemaVersion', code: 'value', expected: '1.2', received: '1' });
    const current = parseDataset(withRequiredVersion(d));
    expect(current.ok).toBe(true);
    if (current.ok) expect([current.dataset.schemaVersion, current.dataset.records[0]?.extent]).toEqual([1.2, 'area']);
    // Anything but own or area is refused with its path.
    const bad = parseDataset({ ...withRequiredVersion(d), records: [{ ...first, extent: '全市' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatchObject({ path: 'records[0].extent', code: 'value' });
  });

  it('raises the version to what a dataset uses, never lowers it', () => {
    const d = tinyDataset();
    expect(withRequiredVersion(d).schemaVersion).toBe(1);
    expect(withRequiredVersion({ ...d, schemaVersion: 1.2 }).schemaVersion).toBe(1.2);
    expect(
      requiredSchemaVersion({ records: [], targets: [{ indicator: 'x', comparison: '>=', value: 1, source: { zh: 'a', en: 'a' } }] }),
    ).toBe(1.1);
  });

  it('refuses values not aligned with the catalogue and duplicate records', () => {
    const d = tinyDataset();
    d.records[0]?.values.pop();
    const first = d.records[1];
    if (first) d.records.push({ ...first });
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['values_length', 'duplicate']));
  });
});
