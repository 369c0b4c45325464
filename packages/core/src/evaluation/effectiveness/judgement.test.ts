import { describe, expect, it } from 'vitest';
import { effectivenessType, effectivenessTypeLabelSv, type Judgement } from './judgement';
import { effectivenessChartOption } from './chart';
import { latestPerYear } from '../revisions';

describe('effectivenessType (seed 002 Figur 1)', () => {
  // inre, yttre → type, snarast: all nine combinations, worked out by hand from decision 0027.
  const cases: [Judgement, Judgement, string][] = [
    ['yes', 'yes', 'den effektiva organisationen'],
    ['yes', 'partly', 'snarast den effektiva organisationen'],
    ['yes', 'no', 'den självstyrande organisationen'],
    ['partly', 'yes', 'snarast den effektiva organisationen'],
    ['partly', 'partly', 'snarast den effektiva organisationen'],
    ['partly', 'no', 'snarast den självstyrande organisationen'],
    ['no', 'yes', 'den ineffektiva organisationen'],
    ['no', 'partly', 'snarast den ineffektiva organisationen'],
    ['no', 'no', 'den vilsna organisationen'],
  ];
  for (const [inner, outer, label] of cases)
    it(`inre ${inner}, yttre ${outer} → ${label}`, () => {
      expect(effectivenessTypeLabelSv(effectivenessType(inner, outer))).toBe(label);
    });

  it('places Uppsala (inre delvis, yttre nej) as "snarast den självstyrande" (002 l.1201)', () => {
    expect(effectivenessType('partly', 'no')).toEqual({ type: 'self_governing', approximate: true });
  });
});

describe('effectivenessChartOption', () => {
  const texts = {
    description: 'Rörelse',
    types: ['E', 'S', 'I', 'V'] as [string, string, string, string],
    outerAxis: 'Yttre',
    innerAxis: 'Inre',
    target: 'Mål',
  };
  it('joins the years in order and labels two years at one position once, together', () => {
    const option = effectivenessChartOption(
      [
        { year: 2025, inner: 'yes', outer: 'yes' },
        { year: 2023, inner: 'no', outer: 'no' },
        { year: 2024, inner: 'no', outer: 'no' },
      ],
      { inner: 'yes', outer: 'yes' },
      texts,
    );
    const [line, target] = option.series as {
      data: { value: number[]; label: { show: boolean; formatter: string } }[];
    }[];
    expect(line!.data.map((d) => d.value)).toEqual([
      [1.5, 0.5],
      [1.5, 0.5],
      [0.5, 1.5],
    ]);
    expect(line!.data.map((d) => d.label.show)).toEqual([true, false, true]);
    expect(line!.data[0]!.label.formatter).toBe('2023, 2024');
    expect(target!.data).toEqual([[0.5, 1.5]]);
  });
});

describe('latestPerYear', () => {
  it('keeps the highest revision of each year, oldest year first', () => {
    const rows = [
      { year: 2024, revision: 1, id: 'a' },
      { year: 2023, revision: 1, id: 'b' },
      { year: 2024, revision: 2, id: 'c' },
    ];
    expect(latestPerYear(rows).map((r) => r.id)).toEqual(['b', 'c']);
  });
});
