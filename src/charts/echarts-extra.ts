/** Heavier modules (heatmap, radar, the tile map's custom series and graphic legend, the SVG renderer for exports), registered when a screen that draws them first loads. */
import { use as registerModules } from 'echarts/core';
import { CustomChart, HeatmapChart, RadarChart } from 'echarts/charts';
import { GraphicComponent, MarkLineComponent, RadarComponent, TitleComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

registerModules([
  CustomChart,
  HeatmapChart,
  RadarChart,
  GraphicComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  VisualMapComponent,
  SVGRenderer,
]);
