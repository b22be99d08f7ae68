/**
 * Unit codes the GB/T 2260 table does not know (330199 虚构区), unless the dataset marks the unit
 * as having a code of its own (`ownCode`, a 新区 without one of its own): a typo in a code would
 * otherwise put a unit's figures under no real place without a word.
 */
import { useEffect, useState } from 'react';
import { loadRegionTable } from '../../data/regionTable.ts';
import type { Unit } from '../../contract/schema.ts';
import type { RegionTable } from '../../domain/regionTable.ts';

export function unknownCodes(
  units: readonly Pick<Unit, 'code' | 'name' | 'ownCode'>[],
  table: RegionTable,
): { code: string; name: string }[] {
  return units.filter((u) => u.ownCode !== true && !table.byCode.has(u.code)).map((u) => ({ code: u.code, name: u.name }));
}

/** The GB/T 2260 table once loaded (null before, or when it fails to load). */
export function useRegionTable(): RegionTable | null {
  const [table, setTable] = useState<RegionTable | null>(null);
  useEffect(() => {
    let live = true;
    void loadRegionTable()
      .then((t) => live && setTable(t))
      .catch(() => null);
    return () => {
      live = false;
    };
  }, []);
  return table;
}
