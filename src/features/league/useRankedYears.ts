/**
 * Every year's ranking for the league (movement and rank history), without holding the page: the
 * year on screen and the one before it (movement) are ranked at once; the others one year per
 * task after the table is drawn, and the rows are rebuilt once when all are in. At national scale
 * over fifteen years ranking all at once held the main thread ~1 s; a year is ~60 ms. Rankings
 * already worked out (domain/scoring.ts keeps them per dataset) come back at once.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LevelFilter, Model } from '../../domain/model.ts';
import { isRanked, rankUnits, type ScoringSettings, type UnitScore } from '../../domain/scoring.ts';

export interface RankedYears {
  byYear: Map<number, readonly UnitScore[]>;
  /** Years still to rank (their history points show as pending). */
  pending: number;
}

export function useRankedYears(
  model: Model,
  scope: string | null,
  level: LevelFilter,
  settings: ScoringSettings,
  year: number,
): RankedYears {
  // Bumped when the years left have been ranked: the memo below then finds them all at hand.
  const [round, setRound] = useState(0);
  const ranked = useMemo(() => {
    const byYear = new Map<number, readonly UnitScore[]>();
    for (const y of model.years) {
      if (y === year || y === year - 1 || isRanked(model, scope, level, y, settings))
        byYear.set(y, rankUnits(model, scope, level, y, settings));
    }
    // `round` is in the result because the rankings live in scoring.ts's cache, not in React state:
    // the memo reads them again when the background ranking says it is done.
    return { byYear, pending: model.years.length - byYear.size, round };
  }, [model, scope, level, settings, year, round]);

  useEffect(() => {
    const left = model.years.filter((y) => !ranked.byYear.has(y));
    if (left.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const y = left.shift();
      if (y === undefined) {
        setRound((r) => r + 1);
        return;
      }
      rankUnits(model, scope, level, y, settings);
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [ranked, model, scope, level, settings]);

  return { byYear: ranked.byYear, pending: ranked.pending };
}
