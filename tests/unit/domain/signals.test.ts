/**
 * Understaffing and aging read off the figures, against what units reported; worked by hand.
 *
 * Districts (officers / entities → entities per officer):
 *   A 10 / 500 → 50      B 10 / 1000 → 100      C 5 / 1000, but reports 4 officers in 2025 → 250
 *   D 20 / 800 → 40      E (no figures)
 * Peer median of [40, 50, 100, 250] = 75. C: 250 / 75 = 3.33 ≥ 1.5 → flagged; B: 1.33 → not.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, Unit, UnitYearRecord } from '../../../src/contract/schema.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../../src/domain/catalogue.ts';
import { buildModel } from '../../../src/domain/model.ts';
import { median } from '../../../src/domain/peers.ts';
import { agingSignal, entitiesPerOfficer, isMismatch, staffingSignals, statusOf, summariseSignals } from '../../../src/domain/signals.ts';
import { valuesFrom } from '../../../mocks/fixtures/tiny.ts';

const district = (code: string, name: string, officers?: number, entities?: number): Unit => ({
  code,
  name,
  level: 'district',
  parent: '410700',
  ...(officers !== undefined ? { officers } : {}),
  ...(entities !== undefined ? { entities } : {}),
});
const rec = (unit: string, values: Record<string, number>, weaknesses: string[] = []): UnitYearRecord => ({
  unit,
  year: 2025,
  values: valuesFrom(values),
  weaknesses,
});

function dataset(): Dataset {
  return {
    schemaVersion: 1,
    meta: { id: 'sig', name: { zh: '信号测试（合成）', en: 'Signals test (synthetic)' }, synthetic: true, asOf: '2026-01-01' },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    units: [
      { code: '410700', name: '市', level: 'city', parent: null },
      district('410701', 'A', 10, 500),
      district('410702', 'B', 10, 1000),
      district('410703', 'C', 5, 1000),
      district('410704', 'D', 20, 800),
      district('410705', 'E'),
      { code: '410721', name: 'K', level: 'county', parent: '410700', officers: 2, entities: 900 },
    ],
    records: [
      rec('410701', { officers_aged_50_plus: 6 }, ['aging_team']),
      rec('410702', { officers_aged_50_plus: 2 }, ['understaffed']),
      rec('410703', { enforcement_officers: 4 }),
      rec('410704', {}, ['aging_team']),
      rec('410705', {}, ['understaffed']),
      rec('410721', {}),
    ],
  };
}

const model = buildModel(dataset());
const units = model.dataset.units;
const signals = new Map(staffingSignals(model, units, units, 2025).map((s) => [s.unit.name, s]));

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([40, 250, 50, 100])).toBe(75);
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([])).toBeNull();
  });
});

describe('statusOf', () => {
  it('sets the figures against the report', () => {
    expect(statusOf(true, true)).toBe('both');
    expect(statusOf(true, false)).toBe('figures_only');
    expect(statusOf(false, true)).toBe('reported_only');
    expect(statusOf(false, false)).toBe('neither');
    expect(statusOf(null, true)).toBe('reported_no_figures');
    expect(statusOf(null, false)).toBe('no_figures');
    expect((['figures_only', 'reported_only'] as const).every(isMismatch)).toBe(true);
    expect(isMismatch('both')).toBe(false);
  });
});

describe('understaffing', () => {
  it("uses the year's officer figure before the standing one", () => {
    const c = units.find((u) => u.name === 'C');
    expect(c && entitiesPerOfficer(model, c, 2025)).toBe(250);
  });
  it('flags 1.5 × the peer median and sets it against the report', () => {
    expect(signals.get('C')?.staffing).toMatchObject({
      perOfficer: 250,
      peerMedian: 75,
      peers: 4,
      flagged: true,
      admitted: false,
      status: 'figures_only',
    });
    expect(signals.get('C')?.staffing.ratio).toBeCloseTo(3.333, 3);
    expect(signals.get('B')?.staffing).toMatchObject({ perOfficer: 100, flagged: false, admitted: true, status: 'reported_only' });
    expect(signals.get('B')?.staffing.ratio).toBeCloseTo(1.333, 3);
    expect(signals.get('A')?.staffing).toMatchObject({ perOfficer: 50, flagged: false, status: 'neither' });
  });
  it('makes no call without figures, or with fewer than three peers', () => {
    expect(signals.get('E')?.staffing).toMatchObject({
      perOfficer: null,
      flagged: null,
      unknown: 'missing',
      status: 'reported_no_figures',
    });
    // K is the only county: 450 entities per officer, but no peers to compare with.
    expect(signals.get('K')?.staffing).toMatchObject({
      perOfficer: 450,
      peerMedian: 450,
      peers: 1,
      flagged: null,
      unknown: 'few_peers',
      status: 'no_figures',
    });
  });
  it('leaves out units without a record that year (the city)', () => {
    expect(signals.has('市')).toBe(false);
    expect(signals.size).toBe(6);
  });
});

describe('aging', () => {
  it('flags 50 % or more of officers aged 50+', () => {
    const a = units.find((u) => u.name === 'A');
    expect(a && agingSignal(model, a, 2025)).toEqual({ officers: 10, aged50: 6, share: 60, flagged: true, admitted: true, status: 'both' });
    expect(signals.get('B')?.aging).toMatchObject({ share: 20, flagged: false, admitted: false, status: 'neither' });
    expect(signals.get('D')?.aging).toMatchObject({ share: null, flagged: null, admitted: true, status: 'reported_no_figures' });
  });
  it('summarises the statuses', () => {
    const s = summariseSignals([...signals.values()]);
    expect(s.staffing).toMatchObject({ figures_only: 1, reported_only: 1, neither: 2, reported_no_figures: 1, no_figures: 1, both: 0 });
    expect(s.aging).toMatchObject({ both: 1, neither: 1, reported_no_figures: 1, no_figures: 3 });
  });
});
