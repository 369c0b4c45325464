import { describe, expect, it } from 'vitest';
import { goalInput, goalMet, goalSource, goalValueIndicator, manualGoalValueInput } from './intervention';

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

describe('a goal followed up by hand (decision 0062)', () => {
  const manual = (patch: Record<string, unknown>) =>
    goalInput.parse({ description: 'Styrgruppen upplever samverkan som god', ...patch });

  it('is met inclusively at its bound, at least or at most, in its own unit', () => {
    const atLeast = manual({ unit: 'percent', comparison: 'at_least', target: 0.75 });
    expect(goalSource(atLeast)).toBe('manual');
    expect(goalValueIndicator(atLeast)).toBe('fordelning');
    expect([0.74, 0.75, 0.9].map((v) => goalMet(atLeast, v))).toEqual([false, true, true]);
    const atMost = manual({ unit: 'number', comparison: 'at_most', target: 4 });
    expect(goalValueIndicator(atMost)).toBeNull();
    expect([3, 4, 4.5].map((v) => goalMet(atMost, v))).toEqual([true, true, false]);
    expect(goalMet(atMost, null)).toBeNull();
  });

  it('may lack a target: the value is then shown without fulfilment; measured goals may not', () => {
    const noTarget = manual({ unit: 'number' });
    expect(noTarget.target).toBeUndefined();
    expect(goalMet(noTarget, 12)).toBeNull();
    expect(messages({ description: 'x', indicatorId: 'antal' })).toEqual([
      'Ett mål som mäts med ett nyckeltal, en enkät eller avvikelser behöver ett målvärde.',
    ]);
    expect(messages({ description: 'x', unit: 'percent', target: 75 })).toEqual([
      'Ett mål i procent har ett målvärde på högst 100 %.',
    ]);
    expect(messages({ description: 'x', indicatorId: 'antal', target: 3, unit: 'number' })).toEqual([
      'Bara ett mål som följs upp för hand har en egen enhet.',
    ]);
  });

  it('takes a value per year with its source, and refuses a personnummer in source or comment', () => {
    const value = { year: 2027, value: 0.8, source: 'Enkät till styrgruppen, mars 2027' };
    expect(manualGoalValueInput.parse(value)).toEqual({ ...value, comment: '' });
    const refused = (patch: Record<string, unknown>) => {
      const parsed = manualGoalValueInput.safeParse({ ...value, ...patch });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(refused({ source: 'Intervju med 19121212-1212' })).toEqual([
      'source: Källan får inte innehålla ett personnummer eller samordningsnummer.',
    ]);
    expect(refused({ comment: 'gäller 121212-1212' })).toEqual([
      'comment: Kommentaren får inte innehålla ett personnummer eller samordningsnummer.',
    ]);
    expect(refused({ source: ' ' })).toEqual(['source: Ange varifrån värdet kommer.']);
  });
});
