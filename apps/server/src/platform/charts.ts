import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/**
 * Renders an ECharts option to an SVG string on the server (ECharts' server-side rendering), for
 * the PDF reports. The browser draws the same options with the same library.
 */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ textStyle: { fontFamily: 'Roboto' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
