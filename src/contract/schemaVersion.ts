/**
 * The contract's minor versions each add optional fields (1.1 `targets`, 1.2 a record's
 * `extent`). A dataset that uses a field says the version that has it, so a reader that knows
 * only an older one refuses the file instead of silently dropping the field (for `extent`: instead
 * of adding an area's total to its units' figures). Writers raise the version through this.
 */
import { SCHEMA_VERSION, SCHEMA_VERSION_EXTENT, SCHEMA_VERSION_TARGETS, type Dataset } from './schema.ts';

type Version = Dataset['schemaVersion'];

/** The lowest version whose fields cover everything the dataset uses. */
export function requiredSchemaVersion(ds: Pick<Dataset, 'records' | 'targets'>): Version {
  if (ds.records.some((r) => r.extent !== undefined)) return SCHEMA_VERSION_EXTENT;
  if ((ds.targets ?? []).length > 0) return SCHEMA_VERSION_TARGETS;
  return SCHEMA_VERSION;
}

/** The dataset with its version raised to what it uses (never lowered: a 1.2 file stays 1.2). */
export function withRequiredVersion<T extends Dataset>(ds: T): T {
  const needed = requiredSchemaVersion(ds);
  return needed > ds.schemaVersion ? { ...ds, schemaVersion: needed } : ds;
}
