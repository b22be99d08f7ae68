/** The published JSON Schema of the data contract (public/schema/dataset.v1.schema.json). */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../../contract/schema.ts';

/** `finite` is skipped: a JSON number is always finite. Any other unconvertible action throws. */
export function datasetJsonSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'dataset.v1.schema.json',
    title: '卫生健康法治建设监督看板 dataset, v1',
    ...toJsonSchema(DatasetSchema, { errorMode: 'throw', ignoreActions: ['finite'] }),
  };
}
