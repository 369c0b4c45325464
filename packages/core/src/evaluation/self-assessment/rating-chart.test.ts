import { describe, expect, it } from 'vitest';
import { ratingChartOption } from './rating-chart';

describe('ratingChartOption', () => {
  it('draws one line per question over the years, with ej bedömt as a gap', () => {
    const option = ratingChartOption(
      [2024, 2025],
      [
        { label: 'Fråga 1', ratings: [3, 4] },
        { label: 'Fråga 2', ratings: [null, 2] },
      ],
      { description: 'Betyg per år' },
    );
    expect(option.xAxis).toEqual({ type: 'category', data: ['2024', '2025'] });
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Fråga 1', [3, 4]],
      ['Fråga 2', [null, 2]],
    ]);
    expect(option.aria).toEqual({ enabled: true, label: { description: 'Betyg per år' } });
  });
});
