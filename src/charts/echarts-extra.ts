/** Heavier modules (heatmap, radar, visual maps, titles, the SVG renderer for exports), registered when a screen that draws them first loads. */
import { use as registerModules } from 'echarts/core';
import { HeatmapChart, RadarChart } from 'echarts/charts';
import { RadarComponent, TitleComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

registerModules([HeatmapChart, RadarChart, RadarComponent, TitleComponent, VisualMapComponent, SVGRenderer]);
