/**
 * A deployment's own boundary map (config.json `boundaryMap`): offered beside the tile map, drawn
 * with the same colours, tooltip and click; units the file lacks are listed, unusable features
 * named, the approval number shown; a file that cannot be had says why and the tile map stays.
 * The GeoJSON here is SYNTHETIC (河南's tile layout turned into lon/lat hexagons), made at run time.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { cellCentre, HEX_RADIUS } from '../../src/domain/tiles/hex.ts';
import { assertClean, closeBrowser, distRoot, screenshot, withPage } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const APPROVAL = '豫S（合成）0000号';
/** The unit left out of the file, so the "not in the boundary map" list has something to say. */
const LEFT_OUT = '410703';

function syntheticHenan(): string {
  const layout = JSON.parse(readFileSync('src/data/tiles/410000.json', 'utf8')) as {
    tiles: Array<[string, number, number, string, string]>;
  };
  const features: unknown[] = layout.tiles
    .filter(([code]) => code !== LEFT_OUT)
    .map(([code, col, row, , name]) => {
      const [x, y] = cellCentre([col, row]);
      const ring: number[][] = [];
      for (let k = 0; k <= 6; k++) {
        const a = ((30 + 60 * k) * Math.PI) / 180;
        ring.push([110.4 + (x + HEX_RADIUS * Math.cos(a)) * 0.3, 36.4 - (y - HEX_RADIUS * Math.sin(a)) * 0.3]);
      }
      return { type: 'Feature', properties: { adcode: Number(code), name }, geometry: { type: 'Polygon', coordinates: [ring] } };
    });
  features.push({
    type: 'Feature',
    properties: { name: '无代码的要素' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const config = (boundaryMap: unknown) => ({
  body: JSON.stringify({ apiBase: null, allowedDataOrigins: [], boundaryMap }),
  contentType: 'application/json',
});

describe('boundary map from config.json', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ root: distRoot() });
    server.setRoute('/geo/henan-synthetic.geojson', { body: syntheticHenan(), contentType: 'application/geo+json' });
  });
  after(async () => {
    await server.close();
    await closeBrowser();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is offered beside the tile map and drawn like it (${theme})`, async () => {
      server.setRoute('/config.json', config({ url: 'geo/henan-synthetic.geojson', approval: APPROVAL }));
      await withPage(
        `${server.url}#/overview?scope=410000&theme=${theme}`,
        { name: `boundary-map-${theme}`, viewport: { width: 1920, height: 1080 } },
        async (page) => {
          const map = page.getByTestId('tilemap-overview-map');
          await map.waitFor();
          assert.equal(await map.getAttribute('data-kind'), 'tiles', 'the tile map first');
          await page.getByTestId('map-kind-geo').click();
          await page.locator('[data-testid=tilemap-overview-map][data-kind=geo]').waitFor();
          assert.equal(await page.getByTestId('map-kind-geo').getAttribute('aria-pressed'), 'true');
          const chart = page.locator('.echart[data-chart="overview-map"]');
          await page.locator('.echart[data-chart="overview-map"][data-ready="true"] canvas').waitFor();
          assert.match((await chart.getAttribute('aria-label')) ?? '', /156 个县级单位的行政区划图/);
          assert.match(await page.getByTestId('map-geo-missing').innerText(), /卫滨区（410703）/);
          assert.match(await page.getByTestId('map-geo-skipped').innerText(), /1 个.*features\[156\].*没有六位行政区划代码/);
          assert.ok((await map.innerText()).includes(`审图号：${APPROVAL}`), 'the approval number under the map');
          await chart.scrollIntoViewIfNeeded();
          await page.waitForTimeout(200);
          await screenshot(page, `boundary-map-1080-${theme}`);

          // The same tooltip and click as the tiles.
          const box = await chart.boundingBox();
          assert.ok(box);
          let title = '';
          for (const [fx, fy] of [
            [0.5, 0.45],
            [0.45, 0.4],
            [0.55, 0.5],
            [0.4, 0.55],
          ] as const) {
            await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
            const tip = chart.locator('.fz-tooltip .tt-title').first();
            if (await tip.isVisible().catch(() => false)) {
              title = await tip.innerText();
              break;
            }
          }
          assert.ok(title.length > 0, 'a tooltip names the unit');
          await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.45);
          await page.waitForFunction(() => location.hash.startsWith('#/units/'));
          await assertClean(page);
        },
      );
    });
  }

  it('a boundary file that cannot be had says why, and the tile map stays', async () => {
    server.setRoute('/config.json', config({ url: 'geo/missing.geojson' }));
    server.setRoute('/geo/missing.geojson', { status: 404, body: 'Not Found' });
    await withPage(
      `${server.url}#/overview?scope=410000`,
      { name: 'boundary-map-404', viewport: { width: 1440, height: 900 }, expectFailedUrls: [`${server.url}geo/missing.geojson`] },
      async (page) => {
        await page.getByTestId('tilemap-overview-map').waitFor();
        await page.getByTestId('map-kind-geo').click();
        const error = page.getByTestId('map-geo-error');
        await error.waitFor();
        assert.match(await error.innerText(), /行政区划图无法使用，仍显示六边形图。服务器返回 404/);
        assert.equal(await page.getByTestId('tilemap-overview-map').getAttribute('data-kind'), 'tiles');
        assert.equal(await page.getByTestId('tilemap-overview-map').getAttribute('data-tiles'), '157');
        await assertClean(page);
      },
    );
  });

  it('without boundaryMap in config.json, no choice is offered and nothing is fetched', async () => {
    server.setRoute('/config.json', null);
    const asked = server.hits('/geo/henan-synthetic.geojson');
    await withPage(
      `${server.url}#/overview?scope=410000`,
      { name: 'boundary-map-none', viewport: { width: 1440, height: 900 } },
      async (page) => {
        await page.getByTestId('tilemap-overview-map').waitFor();
        assert.equal(await page.getByTestId('map-kind-geo').count(), 0);
        await page.waitForLoadState('networkidle');
        assert.equal(server.hits('/geo/henan-synthetic.geojson'), asked, 'the boundary file is not asked for');
        await assertClean(page);
      },
    );
  });
});
