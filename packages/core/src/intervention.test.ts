import { describe, expect, it } from 'vitest';
import { goalInput, goalValueIndicator } from './intervention';

const base = { description: 'Meningsfull insats', comparison: 'at_least', target: 0.8 };
const surveyId = '4b0f7c1e-2a8d-4e36-9d1f-5c7a3b2e1f00';
const messages = (input: unknown) => {
  const parsed = goalInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('a goal measured by a survey', () => {
  it('takes one question or one composite of the survey, and its value is a share', () => {
    const goal = goalInput.parse({ ...base, survey: { surveyId, questionId: 'meningsfullt' } });
    expect(goal.survey).toEqual({ surveyId, questionId: 'meningsfullt' });
    expect(goalValueIndicator(goal)).toBe('fordelning');
    expect(goalValueIndicator({ indicatorId: 'antal' })).toBe('antal');
    expect(goalValueIndicator({})).toBeNull();
    expect(messages({ ...base, survey: { surveyId, compositeId: surveyId } })).toEqual([]);
  });

  it('refuses both or neither of question and composite, a second indicator, and a share above 100 %', () => {
    expect(messages({ ...base, survey: { surveyId } })).toEqual([
      'Välj antingen en fråga eller en sammansatt indikator i enkäten.',
    ]);
    expect(messages({ ...base, survey: { surveyId, questionId: 'a', compositeId: surveyId } })).toHaveLength(1);
    expect(messages({ ...base, indicatorId: 'fordelning', survey: { surveyId, questionId: 'a' } })).toEqual([
      'Ett mål mäts antingen med ett nyckeltal i utfallsrapporten eller med en enkät, inte med båda.',
    ]);
    expect(messages({ ...base, target: 80, survey: { surveyId, questionId: 'a' } })).toEqual([
      'Ett mål som mäts med en enkät är en andel: målvärdet är högst 100 %.',
    ]);
  });
});

describe('a goal measured by deviations', () => {
  const deviations = { types: ['agreement_breach'], parties: [] };
  it('is a whole count per year, usually at most N', () => {
    const goal = goalInput.parse({ description: 'Färre avvikelser', comparison: 'at_most', target: 2, deviations });
    expect(goal.deviations).toEqual(deviations);
    expect(goalValueIndicator(goal)).toBe('antal');
    expect(messages({ description: 'x', target: 1.5, deviations })).toEqual([
      'Ett mål som mäts med avvikelser är ett antal ärenden per år: målvärdet är ett heltal.',
    ]);
    expect(messages({ ...base, target: 1, survey: { surveyId, questionId: 'a' }, deviations })).toEqual([
      'Ett mål som mäts med avvikelser mäts inte också med ett nyckeltal eller en enkät.',
    ]);
  });
});
