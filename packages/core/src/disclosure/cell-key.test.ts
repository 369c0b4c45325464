import { describe, expect, it } from 'vitest';
import { calendarPeriodKind, calendarPeriods } from './calendar-period';
import { cellKey, MAX_COUNT_NOISE, perturbCount, perturbMagnitude, RECORD_KEY_RANGE } from './cell-key';

describe('the cell key method', () => {
  it('takes the cell key as the sum of record keys modulo 256', () => {
    expect(cellKey(0)).toBe(0);
    expect(cellKey(255 + 3)).toBe(2);
    expect(cellKey(-1)).toBe(255);
  });

  it('perturbs counts by hand-computed amounts', () => {
    // value 10, cell key 0: u = ((0·97 + 10·31) mod 256 + 0.5)/256 = 54.5/256; noise −2 + ⌊u·5⌋ = −1.
    expect(perturbCount(10, 0, 5)).toBe(9);
    // value 5, cell key 3: only 0…+2 keep it at 5 or above; u = (446 mod 256 + 0.5)/256 = 190.5/256 → +2.
    expect(perturbCount(5, 3, 5)).toBe(7);
    expect(perturbCount(0, 77, 5)).toBe(0);
    expect(perturbCount(4, 77, 5)).toBeNull();
    expect(perturbCount(1, 77, 5)).toBeNull();
  });

  it('spreads the noise evenly over −2…+2 and never below the threshold', () => {
    const noises = new Map<number, number>();
    for (let key = 0; key < RECORD_KEY_RANGE; key++) {
      const noise = perturbCount(40, key, 5)! - 40;
      noises.set(noise, (noises.get(noise) ?? 0) + 1);
    }
    expect([...noises.keys()].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    for (const count of noises.values()) expect(count === 51 || count === 52).toBe(true);
    for (let value = 5; value < 12; value++)
      for (let key = 0; key < RECORD_KEY_RANGE; key++) {
        const shown = perturbCount(value, key, 5)!;
        expect(shown).toBeGreaterThanOrEqual(5);
        expect(Math.abs(shown - value)).toBeLessThanOrEqual(MAX_COUNT_NOISE);
      }
  });

  it('moves a sum of magnitudes by at most half its largest contribution, as computed by hand', () => {
    // key 0, salt 7: u = (7·31 mod 256 + 0.5)/256 = 217.5/256; noise = (2u − 1) · 0.5 · 40.
    expect(perturbMagnitude(100, 40, 0)).toBeCloseTo(100 + (2 * (217.5 / 256) - 1) * 20, 10);
    for (let key = 0; key < RECORD_KEY_RANGE; key++) {
      const shown = perturbMagnitude(100, 40, key);
      expect(Math.abs(shown - 100)).toBeLessThanOrEqual(20);
    }
    expect(perturbMagnitude(0, 0, 9)).toBe(0);
  });
});

describe('calendar periods', () => {
  it('knows years, half-years, tertials and months, and nothing else', () => {
    expect(calendarPeriodKind('2025-01-01', '2025-12-31')).toBe('year');
    expect(calendarPeriodKind('2025-07-01', '2025-12-31')).toBe('half_year');
    expect(calendarPeriodKind('2025-05-01', '2025-08-31')).toBe('tertial');
    expect(calendarPeriodKind('2024-02-01', '2024-02-29')).toBe('month');
    expect(calendarPeriodKind('2025-02-01', '2025-02-28')).toBe('month');
    expect(calendarPeriodKind('2025-01-01', '2025-04-12')).toBeNull();
    expect(calendarPeriodKind('2025-01-02', '2025-12-31')).toBeNull();
    expect(calendarPeriodKind('2025-02-01', '2025-05-31')).toBeNull();
    expect(calendarPeriodKind('2024-01-01', '2025-12-31')).toBeNull();
  });

  it('lists the periods of a kind in a year', () => {
    expect(calendarPeriods(2025, 'tertial')).toEqual([
      { from: '2025-01-01', to: '2025-04-30' },
      { from: '2025-05-01', to: '2025-08-31' },
      { from: '2025-09-01', to: '2025-12-31' },
    ]);
    expect(calendarPeriods(2024, 'month')[1]).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});
