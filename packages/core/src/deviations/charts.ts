import type { EChartsOption } from 'echarts';
import { CHART_COLOURS, categoryChartHeight, wrapLabel, type ChartTexts } from '../outcome/charts';

/** A labelled count, as the board's statistics show it (the label in the reader's language). */
export interface LabelledCount {
  label: string;
  count: number;
}

/**
 * Cases per category as horizontal bars, for the web page and the board PDF alike (the outcome
 * charts' style and colours), largest first from the top.
 */
export function deviationCountChart(rows: readonly LabelledCount[], texts: ChartTexts): EChartsOption {
  const data = [...rows].reverse();
  return {
    aria: { enabled: true, label: { description: texts.description } },
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: data.map((r) => r.label),
      axisLabel: { interval: 0, lineHeight: 15, formatter: (name: string) => wrapLabel(name) },
    },
    tooltip: { trigger: 'axis' },
    series: [
      {
        type: 'bar',
        data: data.map((r) => r.count),
        color: CHART_COLOURS.before,
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** The height in CSS pixels of a count chart with these labels (one bar per row). */
export const deviationChartHeight = (rows: readonly LabelledCount[]) =>
  categoryChartHeight(
    rows.map((r) => r.label),
    1,
  );
