import type { EChartsOption } from 'echarts';
import { ACTOR_COLOURS, frame, type ChartTexts } from './charts';
import { indicatorKind, type OutcomeIndicatorId } from './indicators';

export interface TrendLine {
  label: string;
  /** One value per year of the chart (unrounded; shares as fractions), null where hidden or none. */
  kvinna: readonly (number | null)[];
  man: readonly (number | null)[];
}

/**
 * One indicator over the years (issue 12 §9): a line for women (solid) and one for men (dashed)
 * per group, a colour per group. Hidden years are gaps, never 0; shares are drawn in percent.
 */
export function trendChartOption(
  years: readonly number[],
  indicator: OutcomeIndicatorId,
  lines: readonly TrendLine[],
  texts: ChartTexts & { kvinna: string; man: string },
): EChartsOption {
  const share = indicatorKind(indicator) === 'share';
  const scale = (v: number | null) => (v === null ? null : share ? Math.round(v * 1000) / 10 : Math.round(v * 10) / 10);
  return {
    ...frame(texts),
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (v === null || v === undefined ? '..' : `${String(v)}${share ? ' %' : ''}`),
    },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: share ? { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } } : { type: 'value' },
    series: lines.flatMap((line, i) =>
      (['kvinna', 'man'] as const).map((gender) => ({
        name: `${line.label} – ${texts[gender]}`,
        type: 'line' as const,
        connectNulls: false,
        color: ACTOR_COLOURS[i % ACTOR_COLOURS.length],
        lineStyle: { type: gender === 'man' ? ('dashed' as const) : ('solid' as const) },
        symbol: gender === 'man' ? 'triangle' : 'circle',
        data: line[gender].map(scale),
      })),
    ),
  };
}
