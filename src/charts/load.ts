/** Loads ECharts on first use; later calls share the same promise. */
type Core = typeof import('./echarts.ts');
let core: Promise<Core> | null = null;
let extra: Promise<unknown> | null = null;

export function loadEcharts(withExtra = false): Promise<Core> {
  core ??= import('./echarts.ts');
  if (!withExtra) return core;
  extra ??= core.then(() => import('./echarts-extra.ts'));
  return Promise.all([core, extra]).then(([c]) => c);
}
