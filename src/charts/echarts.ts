/**
 * ECharts registration: only what the dashboard draws, registered once. The core set (lines,
 * bars) is here; heatmap, radar and visual maps are in echarts-extra.ts for the screens that
 * need them. Both load on first use (see load.ts), so no screen waits for ECharts to paint.
 */
import { use as registerModules } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

registerModules([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init, registerTheme } from 'echarts/core';
