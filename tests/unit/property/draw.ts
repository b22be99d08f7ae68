/**
 * What the screens derive from an accepted dataset, run headless: every scope's league, every
 * headline aggregate and change, every unit's peers, rank history, weaknesses and evidence.
 * A dataset the contract accepts must get through all of it without throwing or producing NaN.
 */
import type { Dataset } from '../../../src/contract/schema.ts';
import { aggregateIndicator, changeBetween } from '../../../src/domain/aggregate.ts';
import { evidenceFor } from '../../../src/domain/evidence.ts';
import { buildModel, defaultScope, latestYear, unitsInScope, type LevelFilter } from '../../../src/domain/model.ts';
import { compareWithPeers, peersOf } from '../../../src/domain/peers.ts';
import { categoryYearCounts, weaknessCell, yearWindow } from '../../../src/domain/recurrence.ts';
import { defaultSettings, rankHistory, rankUnits } from '../../../src/domain/scoring.ts';
import { staffingSignals } from '../../../src/domain/signals.ts';
import { weaknessCounts } from '../../../src/domain/weaknesses.ts';

const levels: LevelFilter[] = ['all', 'city', 'district', 'county'];

function finiteOrNull(x: number | null, what: string): void {
  if (x !== null && !Number.isFinite(x)) throw new Error(`${what} is ${x}`);
}

export function drawEverything(ds: Dataset): void {
  const model = buildModel(ds);
  const year = latestYear(model);
  if (year === null) return;
  const scope = defaultScope(model);
  const inScope = unitsInScope(model, scope);
  for (const ind of ds.indicators) {
    const now = aggregateIndicator(model, inScope, year, ind.id);
    const before = aggregateIndicator(model, inScope, year - 1, ind.id);
    finiteOrNull(now.value, `aggregate ${ind.id}`);
    const change = changeBetween(now.value, before.value);
    if (change) finiteOrNull(change.absolute, `change ${ind.id}`);
  }
  for (const level of levels) {
    for (const s of rankUnits(model, scope, level, year, defaultSettings)) finiteOrNull(s.composite, `composite ${s.unit.code}`);
  }
  weaknessCounts(model, inScope, year);
  categoryYearCounts(model, inScope, yearWindow(year));
  staffingSignals(model, inScope, inScope, year);
  const first = inScope.find((u) => u.level !== 'province');
  if (first) rankHistory(model, first.code, scope, 'all', defaultSettings);
  for (const unit of inScope.slice(0, 4)) {
    const peers = peersOf(model, unit);
    for (const ind of ds.indicators) compareWithPeers(model, unit, peers, year, ind);
    for (const w of ds.weaknessCategories) {
      weaknessCell(model, unit.code, w.id, yearWindow(year));
      evidenceFor(model, [unit], year, { weakness: w.id });
    }
    for (const ind of ds.indicators) evidenceFor(model, [unit], year, { indicator: ind.id });
  }
}
