// @vitest-environment node
/** The tile map coloured by a target: met / not met recounted from the raw records; missing is never "not met". */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMeasure, parseMeasure } from '../../../../src/charts/tilemap/mapMeasure.ts';
import { classColours } from '../../../../src/charts/tilemap/scale.ts';
import { targetColouring } from '../../../../src/charts/tilemap/tileData.ts';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { buildModel, unitsInScope } from '../../../../src/domain/model.ts';
import { isCountyLevel } from '../../../../src/domain/regions.ts';
import { targetFor } from '../../../../src/domain/targets.ts';
import { makeI18n } from '../../../../src/i18n/index.ts';

const text = readFileSync(fileURLToPath(new URL('../../../../public/data/demo.json', import.meta.url)), 'utf8');
const parsed = parseDataset(JSON.parse(text));
if (!parsed.ok) throw new Error('demo refused');
const ds = parsed.dataset;
const model = buildModel(ds);
const targets = ds.targets ?? [];
const i18n = makeI18n('zh');

describe('map coloured by a target', () => {
  it('keeps the measure in the link as target:<indicator>', () => {
    const m = parseMeasure('target:complaints_handled_rate', model);
    expect(m).toEqual({ kind: 'target', id: 'complaints_handled_rate' });
    expect(formatMeasure(m)).toBe('target:complaints_handled_rate');
    expect(parseMeasure('target:no_such_indicator', model)).toEqual({ kind: 'composite' });
  });

  it('agrees with a recount over the raw records, for every indicator with a target (河南 2025)', () => {
    const units = unitsInScope(model, '410000').filter((u) => isCountyLevel(u.level));
    const ids = [...new Set(targets.map((t) => t.indicator))];
    expect(ids.length).toBeGreaterThan(3);
    let notMet = 0;
    let missing = 0;
    for (const id of ids) {
      const ind = ds.indicators.find((x) => x.id === id);
      if (!ind) throw new Error(id);
      const col = ds.indicators.indexOf(ind);
      const c = targetColouring(
        model,
        targets,
        units.map((u) => u.code),
        2025,
        ind,
        i18n,
      );
      expect(c.scale.classes).toEqual(['达标', '未达标']);
      for (const u of units) {
        const d = c.data.get(u.code);
        const target = targetFor(targets, id, u.level, 2025);
        const raw = ds.records.find((r) => r.unit === u.code && r.year === 2025)?.values[col] ?? null;
        const k = c.scale.classOf(d?.value ?? null);
        if (!target || raw === null) {
          expect(k, `${u.code} ${id}: missing, never "not met"`).toBe(-1);
          missing += 1;
          continue;
        }
        const met =
          target.comparison === '>=' ? raw >= target.value : target.comparison === '<=' ? raw <= target.value : raw === target.value;
        expect(k, `${u.code} ${id}`).toBe(met ? 0 : 1);
        if (!met) notMet += 1;
      }
    }
    // The demo has units below and units without the figure: both paths are exercised.
    expect(notMet).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(0);
  });

  it('colours met and not met apart, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const [met, below] = classColours({ classes: ['a', 'b'], palette: 'target', classOf: () => 0 }, theme);
      expect(met).toBeTruthy();
      expect(below).toBeTruthy();
      expect(met).not.toBe(below);
    }
  });
});
