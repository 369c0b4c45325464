import type { EChartsOption } from 'echarts';
import type { ChartTexts } from '../../outcome/charts';
import type { Judgement } from './judgement';

/**
 * Where a judgement sits on its axis of the 2×2 matrix (0–2, the line between the halves at 1). As in
 * seed 002 Figur 1, yttre "ja" is the left column and inre "ja" the top row; "delvis" sits on the
 * "ja" side near the line, because the type rule counts it as "ja" (decision 0027).
 */
const OUTER_X: Record<Judgement, number> = { yes: 0.5, partly: 0.85, no: 1.5 };
const INNER_Y: Record<Judgement, number> = { yes: 1.5, partly: 1.15, no: 0.5 };

export interface EffectivenessPoint {
  year: number;
  inner: Judgement;
  outer: Judgement;
}

export interface EffectivenessChartTexts extends ChartTexts {
  /** The four types, in the order effective, self-governing, inefficient, lost. */
  types: [string, string, string, string];
  outerAxis: string;
  innerAxis: string;
  target: string;
}

export const EFFECTIVENESS_CHART_HEIGHT = 360;

/**
 * The movement over the years in seed 002 Figur 1: the four types as quadrants, each year's position
 * as a labelled point joined by a line in year order, and the target as a labelled diamond. Years at
 * the same position share one label ("2023, 2024"), so none hides another. Shared by web and PDF.
 */
export function effectivenessChartOption(
  points: readonly EffectivenessPoint[],
  target: { inner: Judgement; outer: Judgement } | null,
  texts: EffectivenessChartTexts,
): EChartsOption {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const labels = new Map<string, number[]>();
  for (const p of sorted) {
    const key = `${p.inner}|${p.outer}`;
    labels.set(key, [...(labels.get(key) ?? []), p.year]);
  }
  const shown = new Set<string>();
  const data = sorted.map((p) => {
    const key = `${p.inner}|${p.outer}`;
    const first = !shown.has(key);
    shown.add(key);
    return {
      value: [OUTER_X[p.outer], INNER_Y[p.inner]],
      label: { show: first, formatter: labels.get(key)!.join(', ') },
    };
  });
  const axis = (name: string, nameLocation: 'start' | 'end') =>
    ({
      type: 'value',
      min: 0,
      max: 2,
      interval: 1,
      name,
      nameLocation,
      nameGap: 8,
      axisLabel: { show: false },
      splitLine: { show: true, lineStyle: { color: '#444444' } },
    }) as const;
  const quadrant = (name: string, x: number, y: number) => [
    { name, xAxis: x, yAxis: y + 1, label: { position: 'insideTop' as const } },
    { xAxis: x + 1, yAxis: y },
  ];
  return {
    animation: false,
    aria: { enabled: true, label: { description: texts.description } },
    grid: { left: 24, right: 24, top: 32, bottom: 32 },
    xAxis: { ...axis(texts.outerAxis, 'start'), nameLocation: 'middle', nameGap: 12 },
    yAxis: { ...axis(texts.innerAxis, 'end'), nameLocation: 'middle', nameGap: 8 },
    series: [
      {
        type: 'line',
        data,
        symbolSize: 10,
        lineStyle: { color: '#1f5b92', width: 2 },
        itemStyle: { color: '#1f5b92' },
        label: { position: 'right', color: '#1a1a1a', fontWeight: 'bold' },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(0,0,0,0)', borderColor: '#444444', borderWidth: 1 },
          label: { color: '#333333' },
          data: [
            quadrant(texts.types[0], 0, 1),
            quadrant(texts.types[1], 1, 1),
            quadrant(texts.types[2], 0, 0),
            quadrant(texts.types[3], 1, 0),
          ] as never,
        },
      },
      ...(target
        ? [
            {
              type: 'scatter' as const,
              // Above the line, so a target reached (the latest year at the target) still shows.
              z: 3,
              data: [[OUTER_X[target.outer], INNER_Y[target.inner]]],
              symbol: 'diamond',
              symbolSize: 16,
              itemStyle: { color: '#a1460f' },
              label: { show: true, position: 'left' as const, formatter: texts.target, color: '#1a1a1a' },
            },
          ]
        : []),
    ],
  };
}
