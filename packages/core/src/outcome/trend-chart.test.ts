import { describe, expect, it } from 'vitest';
import { trendChartOption } from './trend-chart';

describe('the trend chart', () => {
  it('draws a share in percent per year, women solid and men dashed, with hidden years as gaps', () => {
    const option = trendChartOption(
      [2023, 2024],
      'andel_forvarvsarbete',
      [{ label: 'Finnveden', kvinna: [0.4286, null], man: [0.5, 0.125] }],
      { description: 'd', kvinna: 'Kvinnor', man: 'Män' },
    );
    const series = option.series as { name: string; data: (number | null)[]; lineStyle: { type: string } }[];
    expect(series.map((s) => [s.name, s.lineStyle.type])).toEqual([
      ['Finnveden – Kvinnor', 'solid'],
      ['Finnveden – Män', 'dashed'],
    ]);
    // 0.4286 → 42.9 %, 0.125 → 12.5 %; the hidden year stays null.
    expect(series.map((s) => s.data)).toEqual([
      [42.9, null],
      [50, 12.5],
    ]);
  });

  it('draws counts as they are', () => {
    const option = trendChartOption([2024], 'antal', [{ label: 'Riket', kvinna: [120], man: [98] }], {
      description: 'd',
      kvinna: 'Kvinnor',
      man: 'Män',
    });
    expect((option.series as { data: number[] }[]).map((s) => s.data)).toEqual([[120], [98]]);
  });
});
