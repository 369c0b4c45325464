import { describe, expect, it } from 'vitest';
import { crossTabulate, questionAcross } from './crosstab';
import { surveyResults } from './results';
import { filterResponses } from './results-filter';
import { choices, GENDER, MEANINGFUL, questionnaire, responsesOf, times } from './results.fixture';
import type { ChoiceResult } from './results-schema';

const q = questionnaire([
  MEANINGFUL,
  GENDER,
  {
    id: 'contacts',
    type: 'multiple',
    text: { sv: 'Kontakter' },
    options: [
      { id: 'af', label: { sv: 'Arbetsförmedlingen' } },
      { id: 'fk', label: { sv: 'Försäkringskassan' } },
    ],
  },
]);

// Insats a in 2024: 12 women answering g5 on the web. Insats b in 2025: 10 men answering g1 on
// paper. Förbund-wide in 2025: 6 staff answering g3. Each column's answers are one option, so
// which counts are shown tells which responses went in.
const responses = [
  ...responsesOf(times(12, { x: { option: 'g5' }, gender: { option: 'woman' }, contacts: { options: ['af'] } }), {
    year: 2024,
  }),
  ...responsesOf(
    times(10, { x: { option: 'g1' }, gender: { option: 'man' }, contacts: { options: ['af', 'fk'] } }),
    { interventionId: 'b', mode: 'paper' },
    12,
  ),
  ...responsesOf(choices('x', { g3: 6 }), { interventionId: null, group: 'intervention_staff' }, 22),
];
const shownOptions = (r: ChoiceResult | undefined) => r?.options.filter((o) => o.count !== null).map((o) => o.id);
const x = (results: { questions: unknown[] }) => results.questions[0] as ChoiceResult;

describe('filters', () => {
  it('keeps the responses matching every part of a filter', () => {
    expect(filterResponses(responses, { years: [2025] })).toHaveLength(16);
    expect(filterResponses(responses, { interventionIds: [null] })).toHaveLength(6);
    expect(filterResponses(responses, { interventionIds: ['a', 'b'], modes: ['paper'] })).toHaveLength(10);
    // A multiple choice matches when any chosen option is listed.
    expect(filterResponses(responses, { answers: [{ questionId: 'contacts', optionIds: ['fk'] }] })).toHaveLength(10);
    expect(
      filterResponses(responses, {
        groups: ['participants'],
        answers: [{ questionId: 'gender', optionIds: ['woman', 'man'] }],
      }),
    ).toHaveLength(22);
  });
});

describe('cross-tabulation', () => {
  it('splits by year, and shows one question year by year side by side', () => {
    const tab = crossTabulate(q, responses, { by: 'year' });
    expect(tab.columns.map((c) => [c.key, c.label, c.results.filter])).toEqual([
      ['2024', null, { years: [2024] }],
      ['2025', null, { years: [2025] }],
    ]);
    const years = questionAcross(tab, 'x');
    expect(years.map((y) => [y.key, shownOptions(y.result as ChoiceResult)])).toEqual([
      ['2024', ['g5']],
      ['2025', ['g1', 'g3']],
    ]);
    expect(shownOptions(x(tab.total))).toEqual(['g1', 'g3', 'g5']);
  });

  it('splits by insats (förbund-wide as ""), group and answer mode, each column as if filtered directly', () => {
    const byInsats = crossTabulate(q, responses, { by: 'intervention' });
    expect(byInsats.columns.map((c) => [c.key, shownOptions(x(c.results))])).toEqual([
      ['', ['g3']],
      ['a', ['g5']],
      ['b', ['g1']],
    ]);
    expect(byInsats.columns[0]!.results).toEqual(surveyResults(q, responses, { filter: { interventionIds: [null] } }));
    expect(crossTabulate(q, responses, { by: 'group' }).columns.map((c) => c.key)).toEqual([
      'participants',
      'intervention_staff',
    ]);
    expect(crossTabulate(q, responses, { by: 'mode' }).columns.map((c) => [c.key, shownOptions(x(c.results))])).toEqual(
      [
        ['web', ['g3', 'g5']],
        ['paper', ['g1']],
      ],
    );
  });

  it('splits by the options of another question within a filter, with the options’ labels', () => {
    const tab = crossTabulate(
      q,
      responses,
      { by: 'question', questionId: 'gender' },
      { filter: { years: [2025] }, invitedBy: { man: 20 } },
    );
    expect(tab.columns.map((c) => [c.key, c.label, c.results.status])).toEqual([
      ['woman', 'Kvinna', 'too_few'],
      ['man', 'Man', 'shown'],
      ['none', 'Vill inte svara', 'too_few'],
    ]);
    expect(tab.columns[1]!.results.filter).toEqual({
      years: [2025],
      answers: [{ questionId: 'gender', optionIds: ['man'] }],
    });
    expect(tab.columns[1]!.results.invited).toBe(20);
    expect(tab.columns[1]!.results.responseRate).toBe(tab.columns[1]!.results.respondents! / 20);
    expect(tab.total.filter).toEqual({ years: [2025] });
  });

  it('refuses to split by a question without options, in Swedish', () => {
    expect(() => crossTabulate(q, responses, { by: 'question', questionId: 'nothing' })).toThrow(
      'Frågan "nothing" finns inte eller har inga svarsalternativ att dela upp på.',
    );
  });
});
