import { describe, expect, it } from 'vitest';
import { exactProtection } from './protect';
import { buildSurveyResults, type SurveyResultsOptions } from './results-build';
import type { SurveyResponseInput } from './results-filter';
import { formatCountOfN, formatMean, formatPercent } from './results-format';
import { choices, GRAD, INSTAMMER, questionnaire, responsesOf, times, VET_EJ, zipAnswers } from './results.fixture';
import type { ChoiceResult, Questionnaire, SurveyResults } from './index';

/** The counting rules without protection: the seed publishes groups of seven. */
const exact = (q: Questionnaire, responses: SurveyResponseInput[], options: SurveyResultsOptions = {}) =>
  buildSurveyResults(q, responses, options, () => exactProtection);
const choice = (results: SurveyResults, id: string) => results.questions.find((q) => q.id === id) as ChoiceResult;
const option = (result: ChoiceResult, id: string) => result.options.find((o) => o.id === id)!;

describe('the participant survey (seed 002 §4.2, Bilaga 6)', () => {
  const participants = questionnaire([
    {
      id: 'project',
      type: 'matrix',
      text: { sv: 'Vad tycker du om det projekt du deltar i?' },
      scale: { options: GRAD },
      statements: [
        { id: 'meaningful', text: { sv: 'Det är meningsfullt att delta' } },
        { id: 'planning', text: { sv: 'Jag är delaktig i planeringen' } },
        {
          id: 'right_things',
          text: { sv: 'Projektet omfattar rätt saker (aktiviteter) i förhållande till mina behov' },
        },
      ],
    },
  ]);
  // 57 respondents; the last one left the second and third statements blank.
  const answers = zipAnswers(
    choices('meaningful', { g5: 30, g4: 17, g3: 5, g2: 3, g1: 2 }),
    [...choices('planning', { g5: 20, g4: 22, g3: 8, g2: 4, g1: 2 }), {}],
    [...choices('right_things', { g5: 25, g4: 21, g3: 6, g2: 3, g1: 1 }), {}],
  );
  const results = exact(participants, responsesOf(answers));

  it('counts 47 of 57 as meaningful (82 %): the top two of the grad scale', () => {
    const r = choice(results, 'meaningful');
    expect([r.n, r.positive!.count, r.positive!.optionIds]).toEqual([57, 47, ['g4', 'g5']]);
    expect(formatCountOfN(r.positive!.count, r.n, results.threshold)).toBe('47 av 57 (82 %)');
    expect(r.questionId).toBe('project');
    expect(r.questionText).toBe('Vad tycker du om det projekt du deltar i?');
  });

  it('leaves blanks out of N: 42 of 56 (75 %) and 46 of 56 (82 %)', () => {
    const planning = choice(results, 'planning');
    const rightThings = choice(results, 'right_things');
    expect(formatCountOfN(planning.positive!.count, planning.n, 1)).toBe('42 av 56 (75 %)');
    expect(formatCountOfN(rightThings.positive!.count, rightThings.n, 1)).toBe('46 av 56 (82 %)');
    expect(results.respondents).toBe(57);
  });

  it('gives each option its count and share of N', () => {
    const r = choice(results, 'planning');
    expect(r.options.map((o) => [o.id, o.count])).toEqual([
      ['g1', 2],
      ['g2', 4],
      ['g3', 8],
      ['g4', 22],
      ['g5', 20],
    ]);
    // 22/56 = 39,3 %; no "vet ej" here, so the share on the scale is the same.
    expect(option(r, 'g4').share).toBeCloseTo(22 / 56, 12);
    expect(option(r, 'g4').shareInScale).toBeCloseTo(22 / 56, 12);
    expect(r.mean).toBeNull(); // the grad scale is not numeric
  });
});

describe('the staff survey (seed 002 §4.4, Tabell 2, l.883)', () => {
  const staff = questionnaire([
    {
      id: 'obstacles',
      type: 'scale',
      text: { sv: 'Hinder för effektiv samverkan har undanröjts till följd av projektet' },
      scale: { options: [...INSTAMMER, VET_EJ] },
    },
  ]);
  // 58 of 67 answered the survey; 56 answered this question: 25 "mycket" or "helt", 9 "vet ej".
  const answers = [...choices('obstacles', { i5: 10, i4: 15, i3: 12, i2: 6, i1: 4, dk: 9 }), {}, {}];
  const results = exact(staff, responsesOf(answers, { group: 'intervention_staff' }), { invited: 67 });

  it('has a response rate of 58 of 67 = 87 %', () => {
    expect(formatCountOfN(results.respondents, results.invited, 1)).toBe('58 av 67 (87 %)');
    expect(formatPercent(results.responseRate)).toBe('87 %');
  });

  it('counts "vet ej" in N: 25 of 56 (45 %), and 53 % of the 47 without "vet ej"', () => {
    const r = choice(results, 'obstacles');
    expect([r.n, r.nInScale, r.positive!.count]).toEqual([56, 47, 25]);
    expect(formatCountOfN(r.positive!.count, r.n, 1)).toBe('25 av 56 (45 %)');
    expect(formatPercent(r.positive!.shareInScale)).toBe('53 %');
    expect(formatPercent(r.positive!.shareInScale, 'en')).toBe('53%');
    expect(option(r, 'dk')).toMatchObject({ count: 9, outsideScale: true, shareInScale: null });
    expect(formatPercent(option(r, 'dk').share)).toBe('16 %'); // 9/56 = 16,07 %
  });
});

describe('Tabell 3: handläggare i ordinarie verksamhet (seed 002 §5.2.1)', () => {
  const ordinary = (positive?: string[]) =>
    questionnaire([
      {
        id: 'changed',
        type: 'scale',
        text: { sv: 'Arbetssätten i ordinarie verksamhet har förändrats till följd av Samordningsförbundets projekt.' },
        scale: { options: [...INSTAMMER, VET_EJ], numeric: true, ...(positive ? { positive } : {}) },
      },
    ]);
  const seven = choices('changed', { i1: 1, i2: 0, i3: 3, i4: 2, i5: 1 });

  it('counts 1/0/3/2/1: top-2 3 of 7 (43 %), mean 3,29', () => {
    const r = choice(exact(ordinary(), responsesOf(seven)), 'changed');
    expect(r.options.map((o) => o.count)).toEqual([1, 0, 3, 2, 1, 0]);
    expect(formatCountOfN(r.positive!.count, r.n, 1)).toBe('3 av 7 (43 %)');
    // (1·1 + 0·2 + 3·3 + 2·4 + 1·5) / 7 = 23/7
    expect(r.mean).toBeCloseTo(23 / 7, 12);
    expect(formatMean(r.mean)).toBe('3,29');
  });

  it('leaves "vet ej" out of the mean and the share on the scale, not out of N', () => {
    const r = choice(exact(ordinary(), responsesOf([...seven, ...choices('changed', { dk: 2 })])), 'changed');
    expect([r.n, r.nInScale]).toEqual([9, 7]);
    expect(formatMean(r.mean)).toBe('3,29');
    expect(formatPercent(r.positive!.share)).toBe('33 %'); // 3/9
    expect(formatPercent(r.positive!.shareInScale)).toBe('43 %'); // 3/7
  });

  it('takes a chosen positive set: "sex av sju … mer eller mindre positiva" (everything but inte alls)', () => {
    const r = choice(exact(ordinary(['i2', 'i3', 'i4', 'i5']), responsesOf(seven)), 'changed');
    expect(formatCountOfN(r.positive!.count, r.n, 1)).toBe('6 av 7 (86 %)');
  });
});

describe('the other question types, by hand', () => {
  const q = questionnaire([
    {
      id: 'occupation',
      type: 'single',
      text: { sv: 'Vilken sysselsättning hade du tiden innan projektet?' },
      options: [
        { id: 'work', label: { sv: 'Arbete' } },
        { id: 'studies', label: { sv: 'Studier' } },
        { id: 'other', label: { sv: 'Annan sysselsättning, nämligen...' }, other: true },
      ],
    },
    {
      id: 'contacts',
      type: 'multiple',
      text: { sv: 'Vilka myndigheter har du haft kontakt med?' },
      options: [
        { id: 'af', label: { sv: 'Arbetsförmedlingen' } },
        { id: 'fk', label: { sv: 'Försäkringskassan' } },
        { id: 'kommun', label: { sv: 'Kommunen' } },
      ],
    },
    { id: 'months', type: 'number', text: { sv: 'Hur länge har du deltagit (månader)?' } },
    { id: 'started', type: 'date', text: { sv: 'När började du?' } },
    { id: 'comment', type: 'text', text: { sv: 'Kommentar' } },
  ]);
  const responses = responsesOf([
    {
      occupation: { option: 'other', other: 'Sjukskriven' },
      contacts: { options: ['af', 'fk'] },
      months: { number: 2 },
      started: { date: '2025-03-04' },
      comment: { text: 'Tryggt' },
    },
    {
      occupation: { option: 'work' },
      contacts: { options: ['af'] },
      months: { number: 10 },
      started: { date: '2025-03-20' },
    },
    {
      occupation: { option: 'other', other: 'Föräldraledig' },
      contacts: { options: [] },
      months: { number: 4 },
      started: { date: '2025-05-01' },
      comment: { text: 'Allt går runt mycket bättre' },
    },
    { occupation: { option: 'work' }, months: { number: 4 } },
  ]);
  const results = exact(q, responses);
  const byId = (id: string) => results.questions.find((r) => r.id === id)!;

  it('lists "annat, nämligen …" texts alphabetically beside the single choice', () => {
    const r = byId('occupation') as ChoiceResult;
    expect(r.options.map((o) => o.count)).toEqual([2, 0, 2]);
    expect(r.positive).toBeNull();
    expect(r.other).toEqual(['Föräldraledig', 'Sjukskriven']);
  });

  it('gives a multiple choice each option’s share of those who chose anything', () => {
    // Two respondents chose something (an empty choice is a blank): af 2 of 2, fk 1 of 2.
    expect(byId('contacts')).toMatchObject({
      n: 2,
      options: [
        { id: 'af', count: 2, share: 1 },
        { id: 'fk', count: 1, share: 0.5 },
        { id: 'kommun', count: 0, share: 0 },
      ],
    });
  });

  it('gives a number question n, mean and median, and a date question counts per month', () => {
    // 2, 4, 4, 10: mean 20/4 = 5, median (4 + 4)/2 = 4.
    expect(byId('months')).toEqual({
      kind: 'number',
      id: 'months',
      text: 'Hur länge har du deltagit (månader)?',
      status: 'shown',
      n: 4,
      mean: 5,
      median: 4,
    });
    expect(byId('started')).toMatchObject({
      n: 3,
      months: [
        { month: '2025-03', count: 2 },
        { month: '2025-05', count: 1 },
      ],
    });
  });

  it('lists open answers in alphabetical order, not the order they came in', () => {
    expect(byId('comment')).toMatchObject({ n: 2, answers: ['Allt går runt mycket bättre', 'Tryggt'] });
  });
});

describe('the response rate', () => {
  it('is unknown without a number invited and never above 100 %', () => {
    const q = questionnaire([{ id: 'x', type: 'scale', text: { sv: 'X' }, scale: { options: GRAD } }]);
    const responses = responsesOf(times(3, { x: { option: 'g1' } }));
    expect(exact(q, responses).responseRate).toBeNull();
    expect(exact(q, responses, { invited: 2 }).responseRate).toBe(1);
  });
});
