import { describe, expect, it } from 'vitest';
import {
  applyFieldAnswers,
  carryOverActions,
  countingEdition,
  coverageStatus,
  emptyAssessment,
  type Action,
} from './assessment';
import { builtInTemplate } from './template';

const action = (id: string, status: Action['status'], carriedFrom: Action['carriedFrom'] = null): Action => ({
  id,
  what: `Åtgärd ${id}`,
  who: 'Förbundschefen',
  due: '2025-06-30',
  status,
  carriedFrom,
});

describe('carryOverActions', () => {
  const previous = () => {
    const fields = emptyAssessment(builtInTemplate('nine'));
    fields[0]!.questions[1]!.actions = [action('a', 'planned'), action('b', 'done'), action('c', 'ongoing')];
    fields[2]!.questions[0]!.actions = [
      action('d', 'cancelled'),
      action('e', 'planned', { assessmentId: 'p0', year: 2023 }),
    ];
    return { id: 'p1', year: 2024, fields };
  };

  it('brings the open actions (planerad, pågår) to the same question, marked with their origin', () => {
    const next = carryOverActions(emptyAssessment(builtInTemplate('nine')), previous());
    expect(next[0]!.questions[1]!.actions.map((a) => [a.id, a.carriedFrom])).toEqual([
      ['a', { assessmentId: 'p1', year: 2024 }],
      ['c', { assessmentId: 'p1', year: 2024 }],
    ]);
    // Klar and avbruten stay behind; an action carried before keeps its first origin.
    expect(next[2]!.questions[0]!.actions.map((a) => [a.id, a.carriedFrom])).toEqual([
      ['e', { assessmentId: 'p0', year: 2023 }],
    ]);
    expect(next.flatMap((f) => f.questions.flatMap((q) => q.actions)).length).toBe(3);
  });

  it('puts an action whose question is gone on the first question of the same field', () => {
    const fields = emptyAssessment(builtInTemplate('nine'));
    fields[0]!.questions = fields[0]!.questions.filter((q) => q.key !== '1.2');
    const next = carryOverActions(fields, previous());
    expect(next[0]!.questions[0]!.actions.map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('leaves the previous assessment untouched', () => {
    const before = previous();
    const copy = structuredClone(before);
    carryOverActions(emptyAssessment(builtInTemplate('nine')), before);
    expect(before).toEqual(copy);
  });
});

describe('applyFieldAnswers', () => {
  const field = () => {
    const f = emptyAssessment(builtInTemplate('nine'))[0]!;
    f.questions[0]!.actions = [action('x', 'planned', { assessmentId: 'old', year: 2024 })];
    return f;
  };

  it('keeps the stored origin of an action and gives a new action none, whatever the client sends', () => {
    const result = applyFieldAnswers(field(), [
      {
        key: '1.1',
        assessment: 'Bra',
        rating: 4,
        actions: [
          { ...action('x', 'ongoing') },
          { ...action('y', 'planned'), carriedFrom: { assessmentId: 'forged', year: 1999 } } as never,
        ],
      },
    ]);
    if (!result.ok) throw new Error(result.message);
    const q = result.field.questions[0]!;
    expect([q.assessment, q.rating]).toEqual(['Bra', 4]);
    expect(q.actions.map((a) => [a.id, a.status, a.carriedFrom])).toEqual([
      ['x', 'ongoing', { assessmentId: 'old', year: 2024 }],
      ['y', 'planned', null],
    ]);
    expect(result.field.questions[1]!.assessment).toBe('');
  });

  it('refuses an unknown question and an action id used twice', () => {
    expect(applyFieldAnswers(field(), [{ key: '9.9', assessment: '', rating: null, actions: [] }])).toEqual({
      ok: false,
      message: 'Fält 1 har ingen fråga 9.9.',
    });
    const twice = applyFieldAnswers(field(), [
      { key: '1.1', assessment: '', rating: null, actions: [action('z', 'planned'), action('z', 'done')] },
    ]);
    expect(twice.ok).toBe(false);
  });
});

describe('coverageStatus', () => {
  it('counts a scope as fastställd when any edition is, as utkast when only drafts exist, else none', () => {
    expect(coverageStatus([{ status: 'draft' }, { status: 'approved' }])).toBe('approved');
    expect(coverageStatus([{ status: 'draft' }])).toBe('draft');
    expect(coverageStatus([])).toBe('none');
  });
});

describe('countingEdition', () => {
  it('takes the newest fastställd edition over a newer draft, else the newest draft', () => {
    const e = (edition: number, status: 'draft' | 'approved') => ({ edition, status });
    expect(countingEdition([e(1, 'approved'), e(3, 'draft'), e(2, 'approved')])).toEqual(e(2, 'approved'));
    expect(countingEdition([e(1, 'draft'), e(2, 'draft')])).toEqual(e(2, 'draft'));
    expect(countingEdition([])).toBeUndefined();
  });
});
