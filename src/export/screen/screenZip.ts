/**
 * "Export this screen" as a ZIP: every registered chart as a PNG document (title, definition,
 * sources, the dataset's stamp) with a manifest.json of scope, year, filters and the dataset's
 * SHA-256. Loaded only when the user exports.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { chartPng, datasetFacts } from '../chart/render.ts';
import { safeFilename } from '../download.ts';
import { datasetHash } from '../hash.ts';
import type { DocInfo } from '../registry/docInfo.ts';
import { chartsOnScreen } from '../registry/onScreen.ts';
import { baseName, type ScreenFile } from './screenFile.ts';

/** Scale of the PNGs in a screen ZIP (2× = 3200×1800 px). */
export const ZIP_SCALE = 2;

export async function screenZip(info: DocInfo): Promise<ScreenFile> {
  const charts = chartsOnScreen();
  const hash = info.datasetRef ? await datasetHash(info.datasetRef) : '';
  const docs = await Promise.all(charts.map((c) => chartPng(c, info, '16:9', ZIP_SCALE)));
  const bytes = await Promise.all(docs.map(async (d) => new Uint8Array(await d.blob.arrayBuffer())));
  const files: Zippable = {};
  const used = new Set<string>();
  const listed: Array<{ file: string; title: string; definition: string | null; sources: string | null; width: number; height: number }> =
    [];
  docs.forEach((doc, i) => {
    const chart = charts[i];
    const png = bytes[i];
    if (!chart || !png) return;
    const no = String(i + 1).padStart(2, '0');
    let name = safeFilename([no, chart.title], 'png');
    for (let k = 2; used.has(name); k++) name = safeFilename([no, chart.title, String(k)], 'png');
    used.add(name);
    listed.push({
      file: name,
      title: chart.title,
      definition: chart.meta.definition ?? null,
      sources: chart.meta.sources ?? info.sources ?? null,
      width: doc.width,
      height: doc.height,
    });
    // PNG is already compressed: stored, not deflated again.
    files[name] = [png, { level: 0 }];
  });
  const ds = info.dataset;
  const manifest = {
    app: 'fazhi-dashboard',
    page: info.pageTitle,
    route: info.route,
    scope: info.scope,
    year: info.year,
    filters: info.filters,
    exportedAt: info.exportedAt.toISOString(),
    dataset: ds
      ? {
          ...datasetFacts(ds, info.lang),
          // What the evidence says about the page's figures (the scope's units, the year), and who reported.
          sources: info.sources ?? null,
          coverage: info.coverage ?? null,
          sha256: hash,
        }
      : null,
    files: listed,
  };
  files['manifest.json'] = [strToU8(JSON.stringify(manifest, null, 2)), { level: 6 }];
  return { bytes: zipSync(files), filename: safeFilename(baseName(info, 'PNG'), 'zip'), count: listed.length };
}
