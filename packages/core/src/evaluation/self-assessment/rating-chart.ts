import type { EChartsOption } from 'echarts';
import { ACTOR_COLOURS, frame, type ChartTexts } from '../../outcome/charts';

/**
 * The ratings of a field's questions year by year (the compare view), one line per question on
 * the 1–5 scale. "Ej bedömt" is a gap in the line, never a 0.
 */
export function ratingChartOption(
  years: readonly number[],
  questions: readonly { label: string; ratings: readonly (number | null)[] }[],
  texts: ChartTexts,
): EChartsOption {
  return {
    ...frame(texts),
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}/5` : '–') },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', min: 1, max: 5, interval: 1 },
    series: questions.map((q, i) => ({
      name: q.label,
      type: 'line',
      connectNulls: false,
      color: ACTOR_COLOURS[i % ACTOR_COLOURS.length],
      data: q.ratings.map((r) => r ?? null),
    })),
  };
}
