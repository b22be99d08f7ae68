import { describe, expect, it } from 'vitest';
import { markLaterEntries } from '../../../../src/node/build/shellTiers.ts';

const entry = (url: string) => ({ url, revision: null, size: 1 });

describe('the shell tiers', () => {
  it('marks the exports and the report reader later, and nothing a screen draws with', () => {
    const { manifest } = markLaterEntries([
      { url: 'index.html', revision: 'r', size: 1 },
      entry('assets/start-RCgyD3QJ.js'),
      entry('assets/pptx-CnUEMKGM.js'),
      entry('assets/briefingExport-CXEX2Z0k.js'),
      entry('assets/worker-CQDZ5Ygh.js'),
      entry('assets/decodeWorker-ktvwb8dR.js'),
      entry('assets/ScreenPage-CknX83dS.js'),
      entry('assets/xlsx-Bi7D57U1.js'),
    ]);
    expect(manifest.filter((e) => e.later === true).map((e) => e.url)).toEqual([
      'assets/pptx-CnUEMKGM.js',
      'assets/briefingExport-CXEX2Z0k.js',
      'assets/worker-CQDZ5Ygh.js',
    ]);
  });

  it('fails the build when a later chunk is no longer found (renamed)', () => {
    expect(() => markLaterEntries([entry('assets/start-a.js'), entry('assets/pptx-b.js'), entry('assets/worker-c.js')])).toThrow(
      /briefingExport/,
    );
  });
});
