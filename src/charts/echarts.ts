/**
 * ECharts registration: only what the dashboard draws, registered once. The core set is what
 * the overview's first screen draws: lines and bars, the tile map (a custom series with a
 * graphic legend) and the trends' target lines (markLine). Heatmap, radar, visual maps, titles
 * and the SVG renderer are in echarts-extra.ts for the screens and exports that need them. Both
 * load on first use (see load.ts); index.html preloads this one (src/node/build/firstScreenPreloads.ts).
 */
import { use as registerModules } from 'echarts/core';
import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import { AriaComponent, GraphicComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

registerModules([
  BarChart,
  CustomChart,
  LineChart,
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { init, registerTheme } from 'echarts/core';
