/**
 * The first screen as the app draws it, rendered at build time: the app's own <App /> with its
 * own providers, fed the default dataset, its charts drawn by ECharts' server-side SVG renderer
 * through the one chart host (src/charts/prerender.ts). Loaded by src/node/build/prerender/plugin.ts
 * through Vite's module runner, so it imports the app's modules as the app does.
 */
import { createHash } from 'node:crypto';
import { prerenderToNodeStream } from 'react-dom/static';
import { init } from 'echarts/core';
import '../../../charts/echarts.ts';
import '../../../charts/echarts-extra.ts';
import { App } from '../../../app/App.tsx';
import { Providers } from '../../../app/Providers.tsx';
import { ChartPrerenderContext, type ChartPrerender } from '../../../charts/prerender.ts';
import { echartsTheme, type ThemeName } from '../../../charts/theme.ts';
import { bootQueryOptions, type Boot } from '../../../data/boot.ts';
import * as v from 'valibot';
import { ConfigSchema, EmbeddedEntrySchema } from '../../../data/config.ts';
import { cspSafeSvg } from '../../../charts/svgClean.ts';
import { decodeDataset } from '../../../data/decode.ts';
import { createQueryClient, datasetQueryOptions } from '../../../data/fetchDataset.ts';
import { defaultSource } from '../../../data/sources.ts';
import { loadTileLayout } from '../../../data/tiles/load.ts';
import { datasetLayoutKey } from '../../../domain/tiles/layout.ts';

export interface PrerenderInput {
  baseUrl: string;
  /** config.json and data/index.json as the build has them (checked as the app checks them). */
  configJson: unknown;
  embeddedJson: unknown;
  datasetText: string;
  /** Chart widths in the prerendered layout, by chart id. */
  widths: Record<string, number>;
}

const svgOf = (option: Parameters<ChartPrerender['svg']>[0], theme: ThemeName, width: number, height: number): string => {
  const chart = init(null, echartsTheme(theme), { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return cspSafeSvg(chart.renderToSVGString(), (property) => {
      throw new Error(`prerender: ECharts styled SVG text with ${property}, which has no presentation attribute`);
    });
  } finally {
    chart.dispose();
  }
};

async function toString(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8');
}

/**
 * The app reads its route and `?data=` from `window.location` while it renders. A stand-in for
 * exactly that, present only during the render: set at import time it would make ECharts'
 * environment check take Node for a browser.
 */
function withPageLocation<T>(href: string, run: () => Promise<T>): Promise<T> {
  const g: { window?: unknown } = globalThis;
  const url = new URL(href);
  g.window = { location: { href: url.href, hash: url.hash, search: url.search }, addEventListener() {}, removeEventListener() {} };
  return run().finally(() => {
    delete g.window;
  });
}

export interface PrerenderOutput {
  html: string;
  /** SHA-256 of the dataset as the app holds it (JSON of the decoded dataset): what exports and kept pictures state. */
  shownSha256: string;
}

export async function renderFirstScreen(input: PrerenderInput): Promise<PrerenderOutput> {
  const config = v.parse(ConfigSchema, input.configJson);
  const embedded = v.parse(v.array(EmbeddedEntrySchema), input.embeddedJson);
  const dataset = decodeDataset(input.datasetText, 'default');
  await loadTileLayout(datasetLayoutKey(dataset.units));
  const client = createQueryClient({ retry: false });
  const boot: Boot = { config, embedded, userDatasets: [], activeUser: null };
  client.setQueryData(bootQueryOptions(input.baseUrl).queryKey, boot);
  client.setQueryData(datasetQueryOptions(defaultSource(config, embedded), input.baseUrl).queryKey, dataset);
  const charts: ChartPrerender = { widthOf: (id) => (id ? (input.widths[id] ?? null) : null), svg: svgOf };
  // progressiveChunkSize: every boundary inline, none streamed behind a script.
  const { prelude } = await withPageLocation(input.baseUrl, () =>
    prerenderToNodeStream(
      <ChartPrerenderContext value={charts}>
        <Providers client={client} baseUrl={input.baseUrl}>
          <App />
        </Providers>
      </ChartPrerenderContext>,
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    ),
  );
  return { html: await toString(prelude), shownSha256: createHash('sha256').update(JSON.stringify(dataset)).digest('hex') };
}
