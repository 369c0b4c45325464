import type { EChartsOption } from 'echarts';
import { frame, wrapLabel, type ChartTexts } from '../../outcome/charts';

/** A horizontal bar per barrier, most common on top: how many ended insatser named it (issue 13 §7). */
export function barrierChartOption(
  rows: readonly { label: string; count: number }[],
  texts: ChartTexts & { count: string },
): EChartsOption {
  // A category axis draws from the bottom: reverse so the most common barrier is the top bar.
  const ordered = [...rows].reverse();
  return {
    ...frame(texts),
    legend: { show: false },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1, name: texts.count, nameLocation: 'middle', nameGap: 24 },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.label),
      axisLabel: { interval: 0, lineHeight: 15, formatter: (name: string) => wrapLabel(name) },
    },
    series: [{ name: texts.count, type: 'bar', color: '#1f5b92', data: ordered.map((r) => r.count) }],
  };
}
