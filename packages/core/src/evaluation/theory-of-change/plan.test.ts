import { describe, expect, it } from 'vitest';
import { defaultPlan, planTimeline } from './plan';
import type { EvaluationPlan } from './schema';

// Seed 001's shape: cycle 1 in spring 2019 ending with a delrapport and a workshop in August.
const plan: EvaluationPlan = {
  questions: [],
  cycles: [
    {
      phases: [
        { phase: 'frame', from: '2019-01-01', to: '2019-02-28' },
        { phase: 'examine', from: '2019-03-01', to: '2019-06-30' },
        { phase: 'learn', from: '2019-07-01', to: '2019-08-31' },
      ],
      interimReport: '2019-08-15',
      workshop: '2019-08-28',
    },
    {
      phases: [
        { phase: 'frame', from: '2019-09-01', to: '2019-09-30' },
        { phase: 'examine', from: '2019-10-01', to: null },
        { phase: 'learn', from: null, to: null },
      ],
      interimReport: null,
      workshop: '2019-10-01',
    },
  ],
};
const statuses = (today: string) => planTimeline(plan, today).map((s) => s.status);

describe('planTimeline', () => {
  it('orders each cycle as its three phases, then delrapport and lärandeworkshop', () => {
    const steps = planTimeline(plan, '2019-01-01');
    expect(steps.map((s) => `${s.cycle}:${s.phase ?? s.kind}`)).toEqual([
      '1:frame',
      '1:examine',
      '1:learn',
      '1:interim_report',
      '1:workshop',
      '2:frame',
      '2:examine',
      '2:learn',
      '2:interim_report',
      '2:workshop',
    ]);
  });

  it('marks done, current, next and later by today', () => {
    // 20 August: phases 1–2 ended, learn runs to 31 Aug, the delrapport (15 Aug) is done,
    // the workshop (28 Aug) is the earliest step still to start; cycle 2 comes later.
    expect(statuses('2019-08-20')).toEqual([
      'done',
      'done',
      'current',
      'done',
      'next',
      'later',
      'later',
      'undated',
      'undated',
      'later',
    ]);
  });

  it('counts a step as current on its first and last day, and several steps starting the same day as next', () => {
    // 30 Sep: cycle 2 frame ends today (current); examine (1 Oct, no end) and the workshop (1 Oct) are both next.
    expect(statuses('2019-09-30').slice(5)).toEqual(['current', 'next', 'undated', 'undated', 'next']);
    // 1 Oct: examine has only a start date, so it lasts that day.
    expect(statuses('2019-10-01').slice(5)).toEqual(['done', 'current', 'undated', 'undated', 'current']);
    expect(statuses('2019-10-02').slice(5)).toEqual(['done', 'done', 'undated', 'undated', 'done']);
  });

  it('starts with two undated cycles of three phases by default', () => {
    const steps = planTimeline(defaultPlan(), '2026-01-01');
    expect(steps).toHaveLength(10);
    expect(new Set(steps.map((s) => s.status))).toEqual(new Set(['undated']));
  });
});
