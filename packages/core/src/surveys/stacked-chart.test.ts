import { describe, expect, it } from 'vitest';
import { groupChoiceResults, OUTSIDE_SCALE_COLOUR, SCALE_COLOURS, stackedBarsOption } from './stacked-chart';
import type { ChoiceResult } from './results-schema';

const option = (id: string, share: number | null, outsideScale = false) => ({
  id,
  label: id.toUpperCase(),
  outsideScale,
  positive: false,
  count: share === null ? null : Math.round(share * 20),
  share,
  shareInScale: null,
});
const bar = (id: string, shares: (number | null)[]): ChoiceResult => ({
  kind: 'choice',
  id,
  questionId: 'm',
  type: 'matrix',
  text: `Påstående ${id}`,
  questionText: 'Matris',
  status: 'shown',
  n: 20,
  nInScale: 18,
  options: [option('a', shares[0]!), option('b', shares[1]!), option('dk', shares[2]!, true)],
  positive: null,
  mean: null,
  other: [],
});

describe('stacked bars per statement (issue 14 §4)', () => {
  const chart = stackedBarsOption([bar('s1', [0.25, 0.65, 0.1]), bar('s2', [null, 0.8, 0.05])], { description: 'x' });
  const series = chart.series as { name: string; stack: string; color: string; data: (number | null)[] }[];

  it('stacks one series per option, shares in per cent, the first statement on top', () => {
    expect(series.map((s) => [s.name, s.stack])).toEqual([
      ['A', 'shares'],
      ['B', 'shares'],
      ['DK', 'shares'],
    ]);
    expect((chart.yAxis as { data: string[] }).data).toEqual(['Påstående s2', 'Påstående s1']);
    expect(series[1]!.data).toEqual([80, 65]);
  });

  it('leaves a hidden share out of its bar (null), never 0, and greys the options outside the scale', () => {
    expect(series[0]!.data).toEqual([null, 25]);
    expect(series.map((s) => s.color)).toEqual([SCALE_COLOURS[0], SCALE_COLOURS[1], OUTSIDE_SCALE_COLOUR]);
  });
});

describe('grouping results for one chart and table per question', () => {
  it('gathers a matrix’s statements and keeps every other question on its own, in order', () => {
    const text = { kind: 'text' as const, id: 't', text: 'Kommentar', status: 'shown' as const, n: 6, answers: [] };
    const single = { ...bar('s', [0.5, 0.5, 0]), questionId: 'single', type: 'single' as const };
    const groups = groupChoiceResults([bar('s1', [1, 0, 0]), bar('s2', [1, 0, 0]), text, single]);
    expect(groups.map((g) => (Array.isArray(g) ? g.map((q) => q.id) : g.id))).toEqual([['s1', 's2'], 't', ['s']]);
  });
});
