/**
 * Who reported, counted against everyone who should have: every unit of the scope that the
 * dataset lists (a city and each county-level unit; a province only when it reported itself, as
 * a province is a container, not a row of the fill-in template). A unit without a record that
 * year is named, never dropped from the count.
 */
import type { Unit } from '../contract/schema.ts';
import { compareCodes, peerGroupOf, recordOf, type Model, type PeerGroup } from './model.ts';

/** The units of a set that a year's coverage is counted against. */
export function expectedReporters(model: Model, units: readonly Unit[], year: number): Unit[] {
  return units.filter((u) => u.level !== 'province' || recordOf(model, u.code, year) !== undefined);
}

export interface GroupCoverage {
  /** 市, 区, 县(市) (county-level cities with counties, as the league groups them), 省. */
  group: PeerGroup;
  reported: Unit[];
  missing: Unit[];
}

export interface Coverage {
  year: number;
  reported: number;
  of: number;
  /** Units that did not report, by code. */
  missing: Unit[];
  /** By level, in the order city, district, county, province; groups with no unit left out. */
  groups: GroupCoverage[];
}

const GROUP_ORDER: readonly PeerGroup[] = ['city', 'district', 'county', 'province'];

/**
 * Which expected units reported in `year`: a record by default, or what `reported` says (a
 * figure for one indicator, say).
 */
export function coverageOf(
  model: Model,
  units: readonly Unit[],
  year: number,
  reported: (u: Unit) => boolean = (u) => recordOf(model, u.code, year) !== undefined,
): Coverage {
  const expected = [...expectedReporters(model, units, year)].sort((a, b) => compareCodes(a.code, b.code));
  const byGroup = new Map<PeerGroup, GroupCoverage>();
  const missing: Unit[] = [];
  let n = 0;
  for (const u of expected) {
    const group = peerGroupOf(u.level);
    let g = byGroup.get(group);
    if (!g) {
      g = { group, reported: [], missing: [] };
      byGroup.set(group, g);
    }
    if (reported(u)) {
      g.reported.push(u);
      n += 1;
    } else {
      g.missing.push(u);
      missing.push(u);
    }
  }
  const groups = GROUP_ORDER.flatMap((g) => {
    const c = byGroup.get(g);
    return c ? [c] : [];
  });
  return { year, reported: n, of: expected.length, missing, groups };
}
