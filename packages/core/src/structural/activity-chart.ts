import type { EChartsOption } from 'echarts';
import { CHART_COLOURS, categoryChartHeight, frame, wrapLabel, type ChartTexts } from '../outcome/charts';
import type { ReleasedCounts } from './activity-report';

/** An organisation's released participants, labelled in the reader's language. */
export interface OrganisationBars {
  label: string;
  counts: ReleasedCounts;
}

// "Uppgift saknas" in a neutral grey beside the two gender colours of every report.
const UNKNOWN_COLOUR = '#5c5c5c';

/**
 * Participants (attendances) per organisation, kvinnor, män and uppgift saknas side by side, for
 * the web page and the PDF alike (decision 0012). Hidden counts are left out, never drawn as 0.
 */
export function attendanceChartOption(
  rows: readonly OrganisationBars[],
  labels: { women: string; men: string; unknown: string } & ChartTexts,
): EChartsOption {
  // A category axis draws from the bottom: reversed, the first organisation is on top.
  const ordered = [...rows].reverse();
  return {
    ...frame(labels),
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.label),
      axisLabel: { interval: 0, lineHeight: 15, formatter: (name: string) => wrapLabel(name) },
    },
    series: [
      { name: labels.women, type: 'bar', color: CHART_COLOURS.kvinna, data: ordered.map((r) => r.counts.women) },
      { name: labels.men, type: 'bar', color: CHART_COLOURS.man, data: ordered.map((r) => r.counts.men) },
      { name: labels.unknown, type: 'bar', color: UNKNOWN_COLOUR, data: ordered.map((r) => r.counts.unknown) },
    ],
  };
}

/** The chart's height in CSS pixels: three bars per organisation. */
export const attendanceChartHeight = (rows: readonly OrganisationBars[]) =>
  categoryChartHeight(
    rows.map((r) => r.label),
    3,
  );
