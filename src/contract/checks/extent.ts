/**
 * A record's `extent` (own figures or the area's total) is a 1.2 field: a dataset that uses it
 * says 1.2, so a 1.0 or 1.1 reader refuses it instead of adding an area total to its units' figures.
 */
import { SCHEMA_VERSION_EXTENT } from '../schema.ts';
import type { CheckContext } from './problem.ts';

export function checkExtentVersion(ctx: CheckContext): void {
  const { ds, add } = ctx;
  if (ds.schemaVersion >= SCHEMA_VERSION_EXTENT) return;
  const at = ds.records.findIndex((r) => r.extent !== undefined);
  if (at < 0) return;
  add({
    path: 'schemaVersion',
    code: 'value',
    expected: String(SCHEMA_VERSION_EXTENT),
    received: String(ds.schemaVersion),
    subject: `records[${at}].extent`,
  });
}
