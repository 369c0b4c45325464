import type { EChartsOption } from 'echarts';
import { frame, wrapLabel, type ChartTexts } from '../outcome/charts';
import type { ChoiceResult, QuestionResult } from './results-schema';

/**
 * Colours of a scale's options from its lowest to its highest, each at least 3:1 against white (WCAG
 * 1.4.11), so adjacent steps stay apart; options outside the scale ("vet ej") are grey.
 */
export const SCALE_COLOURS = ['#a1460f', '#c0622a', '#8a6d00', '#3b7d9c', '#1f5b92', '#6b2f8f', '#00695c'];
export const OUTSIDE_SCALE_COLOUR = '#6e6e6e';

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/**
 * Height in CSS pixels of a stacked bar chart with one bar per statement: a row per statement as high
 * as its wrapped text, plus the legend (which may wrap to two lines) and the value axis.
 */
export const stackedChartHeight = (bars: readonly Pick<ChoiceResult, 'text'>[]): number =>
  bars.reduce((h, b) => h + Math.max(34, 6 + 15 * wrapLabel(b.text, 36).split('\n').length), 110);

/**
 * One stacked bar per statement (a matrix's statements, or a single scale question), each option's
 * share of N (issue 14 §4, "stacked bars per statement"), shared by the results page and the board
 * PDF. A hidden count is left out of its bar, never drawn as 0; a statement with too few answers has
 * no bar at all. The options are those of the first statement (a matrix's statements share a scale).
 */
export function stackedBarsOption(bars: readonly ChoiceResult[], texts: ChartTexts): EChartsOption {
  // A category axis draws from the bottom: reversed, the first statement stands on top.
  const ordered = [...bars].reverse();
  const options = bars[0]?.options ?? [];
  let step = 0;
  return {
    ...frame(texts),
    legend: { top: 0, left: 0, type: 'plain' },
    grid: { left: 8, right: 24, top: 56, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? `${String(v).replace('.', ',')} %` : '..'),
    },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: {
      type: 'category',
      data: ordered.map((b) => b.text),
      axisLabel: { interval: 0, lineHeight: 15, formatter: (name: string) => wrapLabel(name, 36) },
    },
    series: options.map((option) => ({
      name: option.label,
      type: 'bar',
      stack: 'shares',
      color: option.outsideScale ? OUTSIDE_SCALE_COLOUR : SCALE_COLOURS[step++ % SCALE_COLOURS.length],
      data: ordered.map((b) => percent(b.options.find((o) => o.id === option.id)?.share ?? null)),
    })),
  };
}

/**
 * The results in the order shown, a matrix's statements (or one scale or single choice) gathered, so
 * that each gets one chart and one table (the results page and the board PDF).
 */
export function groupChoiceResults(
  questions: readonly QuestionResult[],
): (ChoiceResult[] | Exclude<QuestionResult, ChoiceResult>)[] {
  const out: (ChoiceResult[] | Exclude<QuestionResult, ChoiceResult>)[] = [];
  for (const q of questions) {
    const last = out.at(-1);
    if (q.kind !== 'choice') out.push(q);
    else if (Array.isArray(last) && last[0]!.questionId === q.questionId) last.push(q);
    else out.push([q]);
  }
  return out;
}
