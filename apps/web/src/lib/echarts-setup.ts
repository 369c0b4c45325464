import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the report charts use is registered, so the chunk stays small.
echarts.use([
  BarChart,
  LineChart,
  // The effectiveness matrix: its four quadrants and the target.
  ScatterChart,
  MarkAreaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  MarkLineComponent,
  SVGRenderer,
]);

export { echarts };
