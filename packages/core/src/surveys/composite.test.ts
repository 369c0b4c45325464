import { describe, expect, it } from 'vitest';
import { compositeProblems, compositeResult, describeComposite, type CompositeRule } from './composite';
import { exactProtection } from './protect';
import { buildSurveyResults } from './results-build';
import { resultItems } from './results-items';
import { choices, GRAD, questionnaire, responsesOf, times, zipAnswers } from './results.fixture';

const next = questionnaire([
  {
    id: 'next',
    type: 'matrix',
    text: { sv: 'Anser du att projektet ger dig möjlighet att gå vidare mot ...' },
    scale: { options: GRAD },
    statements: [
      { id: 'work', text: { sv: 'Arbete' } },
      { id: 'studies', text: { sv: 'Studier' } },
      { id: 'self_support', text: { sv: 'Egen försörjning på annat sätt' } },
    ],
  },
  {
    id: 'occupation',
    type: 'single',
    text: { sv: 'Sysselsättning innan projektet' },
    options: [
      { id: 'job', label: { sv: 'Arbete' } },
      { id: 'seeking', label: { sv: 'Arbetssökande' } },
      { id: 'sick', label: { sv: 'Sjukskrivning' } },
    ],
  },
]);

/** 002 §4.2 (l.590–596): arbete in hög grad, or studier, or at least "varken" on egen försörjning. */
const moveOn: CompositeRule = {
  id: 'move_on',
  name: { sv: 'Möjlighet att gå vidare', en: 'Opportunity to move on' },
  combine: 'any',
  conditions: [
    { questionId: 'work', atLeast: 'g4' },
    { questionId: 'studies', atLeast: 'g4' },
    { questionId: 'self_support', atLeast: 'g3' },
  ],
};

const row = (work?: string, studies?: string, self?: string) =>
  Object.fromEntries(
    Object.entries({ work, studies, self_support: self })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, { option: v! }]),
  );

describe('composite indicators', () => {
  it('reproduces "15 av 56 personer (27 %)" of 002 §4.2 from microdata', () => {
    const answers = [
      ...times(4, row('g5', 'g2', 'g1')), // seven "i hög grad" towards work
      ...times(3, row('g4', 'g1', 'g2')),
      ...times(2, row('g2', 'g4', 'g2')), // two more towards studies
      ...times(6, row('g1', 'g1', 'g3')), // six "varken" on egen försörjning
      ...times(20, row('g3', 'g2', 'g1')), // 41 below on all three …
      ...times(20, row('g2', 'g3', 'g2')),
      row('g1'), // … one of them answered only the first statement: still in N
      {}, // a respondent who left all three blank is not in N
    ];
    const result = compositeResult(moveOn, resultItems(next), responsesOf(answers), exactProtection);
    expect(result).toMatchObject({ id: 'move_on', name: 'Möjlighet att gå vidare', n: 56, count: 15 });
    expect(result.share).toBeCloseTo(15 / 56, 12); // 26,8 % → 27 %
    // The same indicator within the results, in English.
    const results = buildSurveyResults(
      next,
      responsesOf(answers),
      { composites: [moveOn], language: 'en' },
      () => exactProtection,
    );
    expect(results.composites).toEqual([
      { ...result, name: 'Opportunity to move on', definition: expect.stringContaining(' or higher, OR ') },
    ]);
    expect(result.definition).toBe(
      'Arbete: i ganska hög grad eller högre, ELLER Studier: i ganska hög grad eller högre, ' +
        'ELLER Egen försörjning på annat sätt: varken låg eller hög grad eller högre',
    );
  });

  it('needs every condition with "all", and a blank one is not met', () => {
    const both: CompositeRule = {
      id: 'both',
      name: { sv: 'Arbetssökande och arbete i hög grad' },
      combine: 'all',
      conditions: [
        { questionId: 'occupation', in: ['seeking', 'sick'] },
        { questionId: 'work', atLeast: 'g4' },
      ],
    };
    const answers = zipAnswers(
      [...choices('occupation', { seeking: 2, sick: 1, job: 1 }), {}],
      [...choices('work', { g5: 1, g4: 1, g2: 1 }), {}, ...choices('work', { g5: 1 })],
    );
    // Five respondents answered at least one: seeking+g5 ✓, seeking+g4 ✓, sick+g2 ✗, job+blank ✗, blank+g5 ✗.
    const result = compositeResult(both, resultItems(next), responsesOf(answers), exactProtection);
    expect([result.n, result.count]).toEqual([5, 2]);
    expect(describeComposite(next, both, 'en')).toBe(
      'Sysselsättning innan projektet: Arbetssökande or Sjukskrivning, AND Arbete: i ganska hög grad or higher',
    );
  });

  it('names what is wrong with a rule in Swedish', () => {
    const rule: CompositeRule = {
      id: 'bad',
      name: { sv: 'Fel' },
      combine: 'any',
      conditions: [
        { questionId: 'nothing', in: ['x'] },
        { questionId: 'occupation', atLeast: 'job' },
        { questionId: 'work', atLeast: 'g9' },
        { questionId: 'studies', in: ['g5', 'g7'] },
      ],
    };
    expect(compositeProblems(next, rule)).toEqual([
      'Frågan "nothing" finns inte eller besvaras inte med ett alternativ.',
      'Villkoret "minst" kräver en skala, men "occupation" är ett enkelval.',
      '"g9" är inget alternativ på skalan i "work".',
      '"g7" är inget svarsalternativ i "studies".',
    ]);
    expect(compositeProblems(next, moveOn)).toEqual([]);
    expect(() => compositeResult(rule, resultItems(next), [], exactProtection)).toThrow(/Indikatorn "bad"/);
  });
});
