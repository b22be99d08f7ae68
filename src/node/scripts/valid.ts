import type { Dataset } from '../../contract/schema.ts';
import { parseDataset } from '../../contract/validate.ts';

/** Throws, naming the problems, when a dataset does not pass the contract. */
export function assertValid(ds: Dataset): void {
  const result = parseDataset(ds);
  if (!result.ok) throw new Error(`${ds.meta.id}: ${result.total} problem(s): ${JSON.stringify(result.problems)}`);
}
