/**
 * The league's year-by-year ranking (src/features/league/useRankedYears.ts): the year on screen
 * and the one before are there at once; the others arrive a year per task, and then the history
 * is whole; a ranking already worked out for the dataset comes back whole at once.
 */
import { readFileSync } from 'node:fs';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/contract/schema.ts';
import { buildModel } from '../../../../src/domain/model.ts';
import { defaultSettings, rankUnits } from '../../../../src/domain/scoring.ts';
import { useRankedYears } from '../../../../src/features/league/useRankedYears.ts';

const demo = JSON.parse(readFileSync('public/data/demo.json', 'utf8')) as Dataset;

describe('useRankedYears', () => {
  it('ranks this year and the last at once, the others after, each as rankUnits ranks it', async () => {
    const model = buildModel({ ...demo });
    const year = model.years.at(-1) ?? 0;
    expect(model.years.length).toBeGreaterThan(2);
    const { result } = renderHook(() => useRankedYears(model, null, 'all', defaultSettings, year));
    expect([...result.current.byYear.keys()].sort()).toEqual([year - 1, year]);
    expect(result.current.pending).toBe(model.years.length - 2);
    await waitFor(() => expect(result.current.pending).toBe(0));
    expect([...result.current.byYear.keys()].sort()).toEqual(model.years);
    for (const y of model.years) expect(result.current.byYear.get(y)).toBe(rankUnits(model, null, 'all', y, defaultSettings));
  });

  it('gives a ranking already worked out whole, with nothing pending', async () => {
    const model = buildModel({ ...demo });
    for (const y of model.years) rankUnits(model, null, 'county', y, defaultSettings);
    const { result } = renderHook(() => useRankedYears(model, null, 'county', defaultSettings, model.years[1] ?? 0));
    expect(result.current.pending).toBe(0);
    expect(result.current.byYear.size).toBe(model.years.length);
    // Nothing is scheduled: the result stays as it is.
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(result.current.pending).toBe(0);
  });
});
