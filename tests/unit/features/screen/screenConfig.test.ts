import { describe, expect, it } from 'vitest';
import { readScreenConfig } from '../../../../src/features/screen/screenData.ts';

const q = (s: string) => new URLSearchParams(s);

describe('the wall screen’s link', () => {
  it('opens a wall with only `refresh=1` as it always did: 20 s pages, every minute, every page but targets', () => {
    expect(readScreenConfig(q('refresh=1'))).toEqual({
      intervalMs: 20_000,
      refreshMs: 60_000,
      pages: ['kpi', 'league', 'weaknesses', 'map'],
    });
  });

  it('adds the targets page to the default rotation only when there are targets', () => {
    expect(readScreenConfig(q(''), true).pages).toEqual(['kpi', 'league', 'weaknesses', 'map', 'targets']);
  });

  it('takes the pages, interval and refresh a link gives, in its order; what it cannot mean is the default', () => {
    expect(readScreenConfig(q('pages=map,kpi,nope&interval=1.5&refresh=0.5'))).toEqual({
      intervalMs: 1500,
      refreshMs: 30_000,
      pages: ['map', 'kpi'],
    });
    expect(readScreenConfig(q('pages=nope&interval=0.01&refresh=-1'))).toEqual({
      intervalMs: 20_000,
      refreshMs: 600_000,
      pages: ['kpi', 'league', 'weaknesses', 'map'],
    });
  });
});
