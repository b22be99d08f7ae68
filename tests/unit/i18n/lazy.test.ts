/** English loads on first use: until then a message reads in Chinese, never blank; once is enough. */
import { describe, expect, it } from 'vitest';
import { langReady, loadLang, translate } from '../../../src/i18n/index.ts';
import { zh } from '../../../src/i18n/zh.ts';

describe('lazy English', () => {
  it('reads Chinese until English has loaded, then English', async () => {
    expect(langReady('zh')).toBe(true);
    expect(langReady('en')).toBe(false);
    expect(translate('en', 'app.title')).toBe(zh['app.title']);
    const first = loadLang('en');
    expect(loadLang('en')).toBe(first);
    await first;
    expect(langReady('en')).toBe(true);
    expect(translate('en', 'app.title')).not.toBe(zh['app.title']);
    expect(translate('en', 'app.title')).toMatch(/[A-Za-z]/);
    await expect(loadLang('en')).resolves.toBeUndefined();
  });
});
