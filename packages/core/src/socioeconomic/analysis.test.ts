import { describe, expect, it } from 'vitest';
import { poolSmallGroups, type AnalysisGroup } from './analysis';

const situation = (work: number) => ({ work, study: 0, support: {} });
const group = (key: string, gender: AnalysisGroup['gender'], weight: number, work: number): AnalysisGroup => ({
  key,
  gender,
  weight,
  derived: { before: situation(0), after: situation(work) },
  before: situation(0),
  after: situation(work),
  overridden: false,
});

describe('merging small groups for roles without personal-data access', () => {
  it('never leaves a group of fewer than the threshold, and keeps the weighted situation', () => {
    // One woman alone in her group, next to groups of 6 and 9: she joins the group of 6.
    const groups = [group('a', 'kvinna', 9, 40), group('b', 'kvinna', 6, 20), group('c', 'kvinna', 1, 10)];
    const pooled = poolSmallGroups(groups, 5);
    expect(pooled.map((g) => [g.key, g.weight])).toEqual([
      ['a', 9],
      ['kvinna|pooled', 7],
    ]);
    // (6 · 20 + 1 · 10) / 7 hours of work after.
    expect(pooled[1]!.after.work).toBeCloseTo(130 / 7, 10);
    expect(pooled.every((g) => g.weight >= 5)).toBe(true);
  });
});
