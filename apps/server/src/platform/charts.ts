import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { measureText } from './pdf-fonts';

// Without a canvas, ECharts guesses text widths from a table of Latin letters (å, ä, ö and "–"
// count as a full em). It measures with the embedded font instead, so that the room it leaves for
// axis labels is the room the PDF needs.
echarts.setPlatformAPI({ measureText });

/** CSS pixels per PDF point: a chart is laid out in pixels (ECharts' 12 px text) and drawn in points. */
const PX_PER_PT = 4 / 3;

/**
 * Renders an ECharts option to an SVG string on the server (ECharts' server-side rendering), for
 * the PDF reports. The browser draws the same options with the same library. The size is in PDF
 * points; the chart is laid out at the same size in CSS pixels, so its 12 px text prints at 9 pt,
 * the size of the report's text.
 */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: Math.round(width * PX_PER_PT),
    height: Math.round(height * PX_PER_PT),
  });
  try {
    chart.setOption({ textStyle: { fontFamily: 'Roboto' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A height in CSS pixels (as the web gives its charts) in PDF points. */
export const pxToPt = (px: number) => px / PX_PER_PT;
