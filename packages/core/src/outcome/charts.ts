import type { EChartsOption } from 'echarts';
import type { BeforeAfterRow } from './before-after';
import type { OutcomeColumn } from './indicators';

/**
 * ECharts options for the report's charts, shared by the web page (SVG in the browser) and the
 * board PDF (SVG rendered on the server), so both show the same chart from the same numbers.
 * Colours reach at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 for graphics).
 */
export const CHART_COLOURS = { before: '#1f5b92', after: '#a1460f', kvinna: '#6b2f8f', man: '#00695c' } as const;

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

const axisPercent = { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } } as const;

/** The chart's title is the caller's caption (a figcaption, a PDF heading), not drawn in the chart. */
export interface ChartTexts {
  /** Read by screen readers instead of the drawing (ECharts' aria description). */
  description: string;
}

/**
 * A category name on at most `lines` lines of at most `width` characters, broken at spaces only (a
 * word longer than a line keeps its own line) and, where it fits, not inside a parenthesis (the
 * förbund after an insats). A name longer than that ends in "…" after its last whole word; the
 * full name stands in the table beside every chart and in the tooltip.
 */
export function wrapLabel(text: string, width = 30, lines = 3): string {
  const pieces = text
    .trim()
    .split(/\s+(?![^(]*\))/)
    .flatMap((piece) => (piece.length > width ? piece.split(/\s+/) : [piece]));
  const rows: string[] = [];
  for (const word of pieces.filter(Boolean)) {
    const last = rows.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) rows[rows.length - 1] = `${last} ${word}`;
    else rows.push(word);
  }
  if (rows.length <= lines) return rows.join('\n');
  return [...rows.slice(0, lines - 1), `${rows[lines - 1]} …`].join('\n');
}

/** A category axis whose long names wrap (Insats names, förbund, codes); the data keep the full names. */
const categoryAxis = (data: string[]) =>
  ({
    type: 'category',
    data,
    axisLabel: { interval: 0, lineHeight: 15, formatter: (name: string) => wrapLabel(name) },
  }) as const;

/**
 * Height in CSS pixels of a chart with one row of bars per category: each row as high as its bars
 * or its wrapped name (15 px a line at ECharts' 12 px), plus room for the legend and the value axis.
 * Shared by the web page and the PDF.
 */
export const categoryChartHeight = (categories: readonly string[], barsPerCategory = 2): number =>
  categories.reduce(
    (height, name) => height + Math.max(16 + 14 * barsPerCategory, 6 + 15 * wrapLabel(name).split('\n').length),
    72,
  );

/**
 * Legend, tooltip and layout common to the report's charts; no animation (also rendered to PDF).
 * The grid holds the axis labels and axis names (ECharts' outer bounds), so none is cut off.
 */
const GRID = { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' } as const;

export const frame = (texts: ChartTexts): EChartsOption => ({
  animation: false,
  aria: { enabled: true, label: { description: texts.description } },
  legend: { top: 0, left: 0 },
  tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '..' : `${String(v)} %`) },
  grid: GRID,
});

/**
 * Share of exited participations with each code before start and at exit, one pair of bars
 * per code, for one column (Totalt, Kvinnor or Män). Hidden values are left out, not drawn as 0.
 */
export function beforeAfterChartOption(
  rows: readonly BeforeAfterRow[],
  column: OutcomeColumn,
  labels: { code: (code: string) => string; before: string; after: string } & ChartTexts,
): EChartsOption {
  // The chart lists codes top-down in code-list order; a category axis draws from the bottom.
  const ordered = [...rows].reverse();
  return {
    ...frame(labels),
    xAxis: axisPercent,
    yAxis: categoryAxis(ordered.map((r) => labels.code(r.code))),
    series: [
      {
        name: labels.before,
        type: 'bar',
        color: CHART_COLOURS.before,
        data: ordered.map((r) => percent(r.beforeShare[column])),
      },
      {
        name: labels.after,
        type: 'bar',
        color: CHART_COLOURS.after,
        data: ordered.map((r) => percent(r.afterShare[column])),
      },
    ],
  };
}

export interface GenderShare {
  label: string;
  kvinna: number | null;
  man: number | null;
}

/**
 * One share indicator per group, kvinnor and män side by side (the gender-equality view). The groups
 * are rows, top-down in report order, so that long names (insatser with their förbund) read whole.
 */
export function genderShareChartOption(
  groups: readonly GenderShare[],
  labels: { kvinna: string; man: string } & ChartTexts,
): EChartsOption {
  // A category axis draws from the bottom.
  const ordered = [...groups].reverse();
  return {
    ...frame(labels),
    xAxis: axisPercent,
    yAxis: categoryAxis(ordered.map((g) => g.label)),
    series: [
      { name: labels.kvinna, type: 'bar', color: CHART_COLOURS.kvinna, data: ordered.map((g) => percent(g.kvinna)) },
      { name: labels.man, type: 'bar', color: CHART_COLOURS.man, data: ordered.map((g) => percent(g.man)) },
    ],
  };
}

const kronorSv = (value: number) => `${Math.round(value).toLocaleString('sv-SE')} kr`;

/** Cumulative gain minus cost per month (0–60), one line per actor, with the zero line as break-even. */
export function cumulativeChartOption(
  series: readonly { name: string; values: readonly number[] }[],
  texts: ChartTexts & { month: string },
): EChartsOption {
  return {
    ...frame(texts),
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? kronorSv(v) : '') },
    xAxis: {
      type: 'category',
      name: texts.month,
      nameLocation: 'middle',
      nameGap: 28,
      data: series[0]?.values.map((_, i) => String(i)) ?? [],
      axisLabel: { interval: 11 },
    },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => `${Math.round(v / 1000).toLocaleString('sv-SE')} tkr` },
    },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'line',
      showSymbol: false,
      color: ACTOR_COLOURS[i % ACTOR_COLOURS.length],
      data: [...s.values],
      ...(i === 0
        ? { markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#333333' } } }
        : {}),
    })),
  };
}

/** One bar per actor (a gain to the right, a cost to the left). */
export function actorBarChartOption(
  bars: readonly { label: string; value: number }[],
  texts: ChartTexts & { series: string },
): EChartsOption {
  const ordered = [...bars].reverse();
  return {
    ...frame(texts),
    legend: { show: false },
    grid: { ...GRID, top: 8 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? kronorSv(v) : '') },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => `${Math.round(v / 1000).toLocaleString('sv-SE')} tkr` },
    },
    yAxis: categoryAxis(ordered.map((b) => b.label)),
    series: [
      {
        name: texts.series,
        type: 'bar',
        data: ordered.map((b) => ({
          value: b.value,
          itemStyle: { color: b.value < 0 ? CHART_COLOURS.after : CHART_COLOURS.before },
        })),
      },
    ],
  };
}

// Eight distinguishable colours, each at least 3:1 against white.
export const ACTOR_COLOURS = ['#1f5b92', '#a1460f', '#6b2f8f', '#00695c', '#8a6d00', '#b0144f', '#3b5b00', '#444444'];
