/**
 * The import screen's strings about scans (a pair of tables loaded with the import screen, not
 * with the first screen), in the UI's language.
 */
import { enScan } from './en.scan.ts';
import { fillParams, useI18n, type Lang, type Params } from './index.ts';
import { zhScan } from './zh.scan.ts';

export type ScanKey = keyof typeof zhScan;

const tables: Record<Lang, Record<ScanKey, string>> = { zh: zhScan, en: enScan };

export const translateScan = (lang: Lang, key: ScanKey, params?: Params): string => fillParams(tables[lang][key], params);

export function useScanText(): (key: ScanKey, params?: Params) => string {
  const { lang } = useI18n();
  return (key, params) => translateScan(lang, key, params);
}
