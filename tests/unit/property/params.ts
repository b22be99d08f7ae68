import type fc from 'fast-check';

/**
 * Run parameters for every property: a fresh seed each run (printed on failure by fast-check,
 * with the counterexample), or the one in FC_SEED/FC_PATH to replay a failure.
 */
export function runParams(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED;
  const path = process.env.FC_PATH;
  return {
    numRuns,
    ...(seed ? { seed: Number(seed) } : {}),
    ...(path ? { path } : {}),
    // The seed is in the message vitest prints; keep the report to the shrunk case.
    verbose: 1,
  };
}
