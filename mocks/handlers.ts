/**
 * The one handler registry: `npm run dev` (browser worker), Vitest (node server) and the e2e
 * server (which answers fixture paths through `getResponse`) all serve these.
 */
import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { badFixtures, goodFixtures, type RawFixture } from './fixtures/bad.ts';
import { tinyDataset } from './fixtures/tiny.ts';
import { hostileFixtures } from './fixtures/hostile.ts';
import { integrityFixtures } from './fixtures/integrity.ts';

function respond(f: RawFixture): Response {
  return new HttpResponse(f.body, { status: 200, headers: { 'Content-Type': `${f.contentType}; charset=utf-8` } });
}

const allFixtures: Record<string, () => RawFixture> = { ...goodFixtures, ...hostileFixtures, ...badFixtures, ...integrityFixtures };
export const fixtureNames = Object.keys(allFixtures);

/** Fixture datasets, good and bad, at fixtures/<name>.json. */
export const fixtureHandlers: HttpHandler[] = [
  http.get('*/fixtures/:name', ({ params }) => {
    const name = String(params.name).replace(/\.json$/, '');
    const make = allFixtures[name];
    return make ? respond(make()) : new HttpResponse('not found', { status: 404 });
  }),
];

/** What the app itself asks for at start-up: tests run it on the tiny dataset. */
export const appHandlers: HttpHandler[] = [
  http.get('*/config.json', () => HttpResponse.json({ apiBase: null, allowedDataOrigins: [] })),
  http.get('*/data/index.json', () =>
    HttpResponse.json([
      { id: 'tiny', file: 'data/tiny.json', name: tinyDataset().meta.name, synthetic: true, default: true },
      { id: 'tiny2', file: 'data/tiny2.json', name: { zh: '第二个测试数据集', en: 'Second test dataset' }, synthetic: true },
    ]),
  ),
  http.get('*/data/tiny.json', () => HttpResponse.json(tinyDataset())),
  http.get('*/data/tiny2.json', () => {
    const d = tinyDataset();
    return HttpResponse.json({ ...d, meta: { ...d.meta, id: 'tiny2', name: { zh: '第二个测试数据集', en: 'Second test dataset' } } });
  }),
];

export const handlers: HttpHandler[] = [...fixtureHandlers, ...appHandlers];

/** Slow network: every dataset answers after `ms`. */
export const slowNetwork = (ms = 3000): HttpHandler[] => [
  http.get('*/data/*.json', async () => {
    await delay(ms);
    return undefined;
  }),
];

/** The server fails: 500 for every dataset. */
export const serverError = (status = 500): HttpHandler[] => [
  http.get('*/data/:file', ({ params }) =>
    params.file === 'index.json' ? undefined : new HttpResponse('Internal Server Error', { status }),
  ),
];

/** The network itself fails (no response at all). */
export const networkFailure = (): HttpHandler[] => [
  http.get('*/data/:file', ({ params }) => (params.file === 'index.json' ? undefined : HttpResponse.error())),
];

/** A valid dataset with no units and no records. */
export const emptyDataset = (): HttpHandler[] => [
  http.get('*/data/:file', ({ params }) => {
    if (params.file === 'index.json') return undefined;
    const d = tinyDataset();
    return HttpResponse.json({
      ...d,
      meta: { ...d.meta, id: 'empty', name: { zh: '空数据集', en: 'Empty dataset' } },
      units: [],
      records: [],
    });
  }),
];

/** A dataset that fails the contract (a negative count). */
export const malformedDataset = (): HttpHandler[] => [
  http.get('*/data/:file', ({ params }) => {
    if (params.file === 'index.json') return undefined;
    const make = badFixtures['negative-count'];
    return make ? respond(make()) : undefined;
  }),
];

export const scenarios: Record<string, () => HttpHandler[]> = {
  slow: () => slowNetwork(),
  error: () => serverError(),
  offline: () => networkFailure(),
  empty: () => emptyDataset(),
  malformed: () => malformedDataset(),
};
