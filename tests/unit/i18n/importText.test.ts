/**
 * The import screen's Chinese strings are not in the first screen's table: they arrive with the
 * import screen's modules (importText.ts) and read as Chinese from then on, in either language
 * until English has loaded; English carries them all.
 */
import { describe, expect, it } from 'vitest';
import { loadLang, translate } from '../../../src/i18n/index.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { zhImport } from '../../../src/i18n/zh.import.ts';
import { zhImportMerge } from '../../../src/i18n/zh.importMerge.ts';

describe('the import screen’s strings', () => {
  it('are not in the first screen’s table, and read once the import screen has loaded', async () => {
    const keys = [...Object.keys(zhImport), ...Object.keys(zhImportMerge)] as (keyof typeof zhImport | keyof typeof zhImportMerge)[];
    expect(keys.length).toBeGreaterThan(40);
    for (const k of keys) expect(Object.keys(zh)).not.toContain(k);
    expect(translate('zh', 'import.rep.title')).toBe('import.rep.title');
    await import('../../../src/i18n/importText.ts');
    for (const k of keys) expect(translate('zh', k)).toBe({ ...zhImport, ...zhImportMerge }[k]);
    expect(translate('en', 'import.rep.title')).toBe(zhImport['import.rep.title']);
    await loadLang('en');
    expect(translate('en', 'import.rep.title')).toMatch(/^Import/);
  });
});
