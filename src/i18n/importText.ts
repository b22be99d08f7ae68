/**
 * The import screen's Chinese strings, registered when the import screen's modules load: they are
 * not part of the first screen's JS. English carries them in its own lazily loaded table.
 */
import { registerZh } from './index.ts';
import { zhImport } from './zh.import.ts';
import { zhImportMerge } from './zh.importMerge.ts';

registerZh({ ...zhImport, ...zhImportMerge });
