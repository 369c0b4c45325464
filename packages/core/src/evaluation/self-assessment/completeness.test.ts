import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Action } from './assessment';
import { carriedActionCount, emptyFields } from './completeness';
import { builtInTemplate } from './template';

const action = (id: string, carriedFrom: Action['carriedFrom'] = null): Action => ({
  id,
  what: 'Gör',
  who: '',
  due: null,
  status: 'planned',
  carriedFrom,
});

describe('emptyFields', () => {
  it('lists the fields with neither text nor rating in any question', () => {
    const fields = emptyAssessment(builtInTemplate('twelve'));
    expect(emptyFields(fields)).toHaveLength(12);
    fields[0]!.questions[1]!.assessment = 'Gemensamma mål finns.';
    fields[1]!.questions[0]!.rating = 3;
    // Blanks are no text, and an action alone is no assessment of the field.
    fields[2]!.questions[0]!.assessment = '  \n';
    fields[3]!.questions[0]!.actions = [action('a')];
    expect(emptyFields(fields)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('carriedActionCount', () => {
  it('counts the carried actions of every field and question, not the new ones', () => {
    const fields = emptyAssessment(builtInTemplate('nine'));
    fields[0]!.questions[0]!.actions = [action('a', { assessmentId: 'p', year: 2024 }), action('b')];
    fields[0]!.questions[1]!.actions = [action('c', { assessmentId: 'p', year: 2023 })];
    fields[8]!.questions[0]!.actions = [action('d', { assessmentId: 'p', year: 2024 })];
    expect(carriedActionCount(fields)).toBe(3);
    expect(carriedActionCount(emptyAssessment(builtInTemplate('nine')))).toBe(0);
  });
});
