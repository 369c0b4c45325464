import { describe, expect, it } from 'vitest';
import { indicatorFulfilment } from './fulfilment';
import { uppsalaTemplate } from './template';
import { programmeLogicContentSchema } from './content';
import { targetTextSv } from './format';

describe('indicatorFulfilment', () => {
  it('gives no data when nothing was measured, whatever the target', () => {
    expect(indicatorFulfilment({ comparison: 'at_least', target: 0.3 }, null)).toBe('no_data');
    expect(indicatorFulfilment({ comparison: 'at_most', target: 0 }, null)).toBe('no_data');
    expect(indicatorFulfilment({ comparison: 'between', target: 1, targetMax: 2 }, null)).toBe('no_data');
  });

  it('at least: 0.31 meets 30 %, 0.29 does not, exactly 0.3 does', () => {
    expect(indicatorFulfilment({ comparison: 'at_least', target: 0.3 }, 0.31)).toBe('met');
    expect(indicatorFulfilment({ comparison: 'at_least', target: 0.3 }, 0.29)).toBe('not_met');
    expect(indicatorFulfilment({ comparison: 'at_least', target: 0.3 }, 0.3)).toBe('met');
  });

  it('at most: 120 days meets "at most 180", 181 does not, exactly 180 does', () => {
    expect(indicatorFulfilment({ comparison: 'at_most', target: 180 }, 120)).toBe('met');
    expect(indicatorFulfilment({ comparison: 'at_most', target: 180 }, 181)).toBe('not_met');
    expect(indicatorFulfilment({ comparison: 'at_most', target: 180 }, 180)).toBe('met');
  });

  it('between 40 and 60 %: inside and both bounds are met, either side is not', () => {
    const even = { comparison: 'between' as const, target: 0.4, targetMax: 0.6 };
    expect(indicatorFulfilment(even, 0.5)).toBe('met');
    expect(indicatorFulfilment(even, 0.4)).toBe('met');
    expect(indicatorFulfilment(even, 0.6)).toBe('met');
    expect(indicatorFulfilment(even, 0.39)).toBe('not_met');
    expect(indicatorFulfilment(even, 0.61)).toBe('not_met');
  });

  it('counts 0 as a measured value, not as no data', () => {
    expect(indicatorFulfilment({ comparison: 'at_least', target: 1 }, 0)).toBe('not_met');
    expect(indicatorFulfilment({ comparison: 'at_most', target: 0 }, 0)).toBe('met');
  });
});

describe('the Uppsala template (seed 002 Tabell 1)', () => {
  it('holds every row of the table with the shared Effekt and is valid content', () => {
    let n = 0;
    const logic = uppsalaTemplate(() => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
    expect(programmeLogicContentSchema.parse(logic)).toEqual(logic);
    expect(logic.levels.individual.rows).toHaveLength(3);
    expect(logic.levels.member.rows).toHaveLength(4);
    expect(logic.levels.society.rows).toHaveLength(2);
    expect(logic.levels.member.headlineGoals).toEqual([
      'Utnyttja medlemmarnas resurser mer effektivt och främja samverkan',
      'Ta vara på kunskaper och erfarenheter',
    ]);
    expect(logic.levels.society.rows[1]).toMatchObject({
      activity: 'Dialog med medlemmarna',
      subGoal: 'Förankring av projekt och insatser i medlemsorganisationerna',
    });
    expect(logic.effect).toBe('Maximera nyttan ur ett individperspektiv och ur ett samhällsperspektiv');
  });
});

describe('targetTextSv', () => {
  it('writes a share target in percent and an interval with both bounds', () => {
    expect(targetTextSv('andel_forvarvsarbete', { comparison: 'at_least', target: 0.3 })).toBe('minst 30 %');
    expect(targetTextSv(null, { comparison: 'at_most', target: 180 })).toBe('högst 180');
    expect(targetTextSv('fordelning', { comparison: 'between', target: 0.4, targetMax: 0.6 })).toBe('40 %–60 %');
  });
});
