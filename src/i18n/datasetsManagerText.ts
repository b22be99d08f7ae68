/** The dataset manager's strings (a lazily loaded pair of tables), in the UI's language. */
import { enDatasetsManager } from './en.datasetsManager.ts';
import { fillParams, useI18n, type Lang, type Params } from './index.ts';
import { zhDatasetsManager } from './zh.datasetsManager.ts';

export type DatasetsManagerKey = keyof typeof zhDatasetsManager;

const tables: Record<Lang, Record<DatasetsManagerKey, string>> = { zh: zhDatasetsManager, en: enDatasetsManager };

export function translateManager(lang: Lang, key: DatasetsManagerKey, params?: Params): string {
  return fillParams(tables[lang][key], params);
}

export function useDatasetsManagerText(): (key: DatasetsManagerKey, params?: Params) => string {
  const { lang } = useI18n();
  return (key, params) => translateManager(lang, key, params);
}
