import type { Answers } from './answers';
import { questionnaireSchema, type Questionnaire } from './model';
import type { SurveyResponseInput } from './results-filter';

/** Microdata for the results tests: questionnaires with the seeds' scales and responses built from counts. */

const options = (ids: string[], labels: string[]) => labels.map((label, i) => ({ id: ids[i]!, label: { sv: label } }));

/** Bilaga 6's five-step "grad" scale, g1…g5. */
export const GRAD = options(
  ['g1', 'g2', 'g3', 'g4', 'g5'],
  ['i mycket låg grad', 'i ganska låg grad', 'varken låg eller hög grad', 'i ganska hög grad', 'i mycket hög grad'],
);

/** Bilaga 4/5's "instämmer" scale, i1…i5, and "Vet ej" outside it. */
export const INSTAMMER = options(
  ['i1', 'i2', 'i3', 'i4', 'i5'],
  ['Instämmer inte alls', 'Instämmer lite', 'Instämmer varken lite eller mycket', 'Instämmer mycket', 'Instämmer helt'],
);
export const VET_EJ = { id: 'dk', label: { sv: 'Vet ej' }, outsideScale: true };

/** "Det är meningsfullt att delta" on the grad scale, and a gender question to split on. */
export const MEANINGFUL = {
  id: 'x',
  type: 'scale',
  text: { sv: 'Det är meningsfullt att delta' },
  scale: { options: GRAD },
};
export const GENDER = {
  id: 'gender',
  type: 'single',
  text: { sv: 'Kön' },
  options: options(['woman', 'man', 'none'], ['Kvinna', 'Man', 'Vill inte svara']),
};

export const questionnaire = (questions: unknown[]): Questionnaire =>
  questionnaireSchema.parse({ kind: 'questionnaire', title: { sv: 'Enkät' }, sections: [{ id: 's1', questions }] });

/** `count` copies of the same answers. */
export const times = (count: number, answers: Answers): Answers[] => Array.from({ length: count }, () => answers);

/** One choice answer per option, `counts` in option order: ['g1', 2] → two answers g1. */
export const choices = (id: string, counts: Record<string, number>): Answers[] =>
  Object.entries(counts).flatMap(([option, count]) => times(count, { [id]: { option } }));

/** Answers of several items merged respondent by respondent (the lists must have the same length). */
export const zipAnswers = (...lists: Answers[][]): Answers[] =>
  lists[0]!.map((_, i) => Object.assign({}, ...lists.map((l) => l[i])));

/** A record key per response that is fixed for the tests, spread over 0–255. */
export const keyOf = (i: number) => (i * 73 + 19) % 256;

/** Responses from answers: participants in 2025 by the web link to insats "a", unless `base` says otherwise. */
export const responsesOf = (answers: Answers[], base: Partial<SurveyResponseInput> = {}, firstKey = 0) =>
  answers.map((a, i): SurveyResponseInput => ({
    answers: a,
    recordKey: keyOf(firstKey + i),
    group: 'participants',
    interventionId: 'a',
    year: 2025,
    mode: 'web',
    ...base,
  }));

/** A seeded random number generator (an LCG), so the attack tests draw the same keys every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
