import { isPrinting, watchPrint } from '../ui/printWatch.ts';
import { echartsTheme, themeId, type ThemeName } from './theme.ts';

type Core = typeof import('./echarts.ts');
/** The ECharts module as loaded (core, and the extra modules when asked for). */
export type EchartsCore = Core;
let core: Promise<Core> | null = null;
let extra: Promise<unknown> | null = null;
// The modules once they are here, so a chart mounted later need not wait a promise's turn.
let coreLoaded: Core | null = null;
let extraLoaded = false;

/** Loads ECharts on first use; later calls share the same promise. */
export function loadEcharts(withExtra = false): Promise<Core> {
  core ??= import('./echarts.ts').then((c) => (coreLoaded = c));
  if (!withExtra) return core;
  extra ??= core
    .then(() => import('./echarts-extra.ts'))
    .then(() => {
      extraLoaded = true;
    });
  return Promise.all([core, extra]).then(([c]) => c);
}

/** ECharts if it has loaded already (with the extra modules when asked): a chart mounted later starts at once. */
export function loadedEcharts(withExtra = false): Core | null {
  return withExtra && !extraLoaded ? null : coreLoaded;
}

const registered = new Set<ThemeName>();
/** Registers the app's theme `name` with ECharts once; returns the id to init a chart with. */
export function ensureTheme(lib: Core, name: ThemeName): string {
  if (!registered.has(name)) {
    lib.registerTheme(themeId(name), echartsTheme(name));
    registered.add(name);
  }
  return themeId(name);
}

/**
 * Chart set-up, a frame at a time: a screen of eight charts would otherwise set them all up in
 * one long task and paint none until the last. Each frame takes what fits in ~12 ms, so the first
 * chart paints a frame after the page, and the page stays responsive meanwhile.
 */
interface InitTask {
  run: () => void;
  live: boolean;
}
const queue: InitTask[] = [];
let draining = false;
const nextFrame = (fn: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : setTimeout(fn, 16));

/** Runs queued set-ups for up to `budgetMs`. */
function runQueued(budgetMs: number): void {
  const start = performance.now();
  while (queue.length && performance.now() - start < budgetMs) {
    const task = queue.shift();
    if (task?.live) task.run();
  }
}

function drain(): void {
  runQueued(12);
  if (queue.length) nextFrame(drain);
  else draining = false;
}

// A page that starts printing draws every chart still waiting, at once: each chart's own print
// listener (registered after this one) then finds an instance to take its print image from.
watchPrint(
  () => runQueued(Number.POSITIVE_INFINITY),
  () => undefined,
);

/**
 * Runs `run` in a coming frame (at once while the page prints); the returned function cancels it
 * if it has not run yet.
 */
export function scheduleChartInit(run: () => void): () => void {
  if (isPrinting()) {
    run();
    return () => undefined;
  }
  const task: InitTask = { run, live: true };
  queue.push(task);
  if (!draining) {
    draining = true;
    nextFrame(drain);
  }
  return () => {
    task.live = false;
  };
}

/**
 * Charts on the page not yet drawn (mounted, or a tile map waiting for its layout). What lies
 * below the first screen renders once this is 0 (ui/BelowFirstScreen.tsx), so the charts in view
 * are set up first instead of competing with the rest of the page.
 */
let undrawn = 0;

/** Counts a chart as not yet drawn; call the returned function once it is (or unmounts). */
export function holdFirstDraw(): () => void {
  undrawn += 1;
  let held = true;
  return () => {
    if (held) undrawn -= 1;
    held = false;
  };
}

export const chartsUndrawn = (): number => undrawn;
