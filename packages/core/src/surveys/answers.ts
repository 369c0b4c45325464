import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { findIdentityNumber } from '../identity-number-in-text';
import {
  ANSWER_TEXT_MAX,
  textIn,
  type Questionnaire,
  type SurveyLanguage,
  type SurveyOption,
  type SurveyQuestion,
} from './model';

/**
 * One answer. A scale, single choice or a matrix statement holds one option; a multiple choice
 * holds several; "annat, nämligen …" adds a text. A blank question is simply absent.
 */
export const answerValueSchema = z.union([
  z.object({ option: z.string().max(48), other: z.string().max(ANSWER_TEXT_MAX).optional() }).strict(),
  z
    .object({ options: z.array(z.string().max(48)).max(30), other: z.string().max(ANSWER_TEXT_MAX).optional() })
    .strict(),
  z.object({ number: z.number().finite() }).strict(),
  z.object({ date: isoDateSchema() }).strict(),
  z.object({ text: z.string().max(ANSWER_TEXT_MAX) }).strict(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** A respondent's answers keyed by question id (a matrix's statements by their own ids). */
export const answersSchema = z.record(z.string().max(48), answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;

export interface AnswerProblem {
  /** The question (or statement) id, so the page can put the message next to it. */
  questionId: string;
  message: string;
}

/** Respondent-facing messages; Swedish and English, like the respondent page. */
const MESSAGES = {
  sv: {
    unknown: 'Frågan finns inte i enkäten.',
    kind: 'Svaret har fel form för frågan.',
    option: (v: string) => `"${v}" är inget av svarsalternativen.`,
    tooMany: (n: number) => `Välj högst ${n} alternativ.`,
    otherWithout: 'Texten för "annat" hör till alternativet "annat".',
    range: (min?: number, max?: number) =>
      `Ange ett tal${min !== undefined ? ` från ${min}` : ''}${max !== undefined ? ` till ${max}` : ''}.`,
    integer: 'Ange ett heltal.',
    required: 'Frågan behöver besvaras.',
    empty: 'Ingen fråga är besvarad. Svara på minst en fråga innan du skickar.',
    identity:
      'Svaret innehåller ett personnummer eller samordningsnummer. Enkäten är anonym: skriv inte personnummer, ta bort det och skicka igen.',
  },
  en: {
    unknown: 'The question is not part of the survey.',
    kind: 'The answer has the wrong form for the question.',
    option: (v: string) => `"${v}" is not one of the options.`,
    tooMany: (n: number) => `Choose at most ${n} options.`,
    otherWithout: 'The "other" text belongs to the option "other".',
    range: (min?: number, max?: number) =>
      `Enter a number${min !== undefined ? ` from ${min}` : ''}${max !== undefined ? ` to ${max}` : ''}.`,
    integer: 'Enter a whole number.',
    required: 'Please answer this question.',
    empty: 'No question is answered. Answer at least one question before you send.',
    identity:
      'The answer contains a Swedish personal identity number. The survey is anonymous: remove the number and send again.',
  },
} as const;

type Check = { id: string; options: readonly SurveyOption[]; question: SurveyQuestion };

/** The answerable items of a questionnaire: each question, and each statement of a matrix. */
function checks(q: Questionnaire): Check[] {
  return q.sections.flatMap((s) =>
    s.questions.flatMap((question): Check[] => {
      if (question.type === 'matrix') {
        return question.statements.map((st) => ({ id: st.id, options: question.scale.options, question }));
      }
      const opts = question.type === 'scale' ? question.scale.options : 'options' in question ? question.options : [];
      return [{ id: question.id, options: opts, question }];
    }),
  );
}

function problemsOf(check: Check, value: AnswerValue, m: (typeof MESSAGES)[SurveyLanguage]): string[] {
  const { question, options } = check;
  const texts: string[] = [];
  const problems: string[] = [];
  const optionOk = (id: string) => options.some((o) => o.id === id);
  const otherOk = (chosen: string[], other: string | undefined) => {
    if (other === undefined) return;
    if (!chosen.some((id) => options.find((o) => o.id === id)?.other)) problems.push(m.otherWithout);
    texts.push(other);
  };
  switch (question.type) {
    case 'scale':
    case 'single':
    case 'matrix':
      if (!('option' in value)) return [m.kind];
      if (!optionOk(value.option)) problems.push(m.option(value.option));
      otherOk([value.option], value.other);
      break;
    case 'multiple':
      if (!('options' in value)) return [m.kind];
      for (const id of value.options) if (!optionOk(id)) problems.push(m.option(id));
      if (question.maxChoices !== undefined && value.options.length > question.maxChoices) {
        problems.push(m.tooMany(question.maxChoices));
      }
      otherOk(value.options, value.other);
      break;
    case 'number':
      if (!('number' in value)) return [m.kind];
      if (
        (question.min !== undefined && value.number < question.min) ||
        (question.max !== undefined && value.number > question.max)
      ) {
        problems.push(m.range(question.min, question.max));
      }
      if (question.integer && !Number.isInteger(value.number)) problems.push(m.integer);
      // A 10- or 12-digit whole number typed into a number field can be the respondent's personnummer.
      if (Number.isSafeInteger(value.number)) texts.push(String(value.number));
      break;
    case 'date':
      if (!('date' in value)) return [m.kind];
      break;
    case 'text':
      if (!('text' in value)) return [m.kind];
      texts.push(value.text);
      break;
  }
  if (texts.some((t) => findIdentityNumber(t))) problems.push(m.identity);
  return problems;
}

/** Whether an answer says nothing (an empty text or no option chosen): treated as blank, never stored. */
export const isBlank = (value: AnswerValue) =>
  ('text' in value && value.text.trim() === '') || ('options' in value && value.options.length === 0);

/**
 * Checks a respondent's answers against the questionnaire: unknown questions, options that do not
 * exist, numbers out of range, required questions left blank, and identity numbers in any free
 * text (the survey is anonymous for everyone, issue 14 §3). Returns the answers without blanks
 * and every problem, in the respondent's language.
 */
export function checkAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  language: SurveyLanguage = 'sv',
): { answers: Answers; problems: AnswerProblem[] } {
  const m = MESSAGES[language];
  const all = checks(questionnaire);
  const known = new Map(all.map((c) => [c.id, c]));
  const problems: AnswerProblem[] = [];
  const kept: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    const check = known.get(id);
    if (!check) {
      problems.push({ questionId: id, message: m.unknown });
      continue;
    }
    if (isBlank(value)) continue;
    const found = problemsOf(check, value, m);
    found.forEach((message) => problems.push({ questionId: id, message }));
    if (found.length === 0) kept[id] = 'text' in value ? { text: value.text.trim() } : value;
  }
  for (const check of all) {
    // Own keys only: a question with the id "constructor" would otherwise find Object's constructor.
    if (check.question.required && !Object.hasOwn(kept, check.id) && !problems.some((p) => p.questionId === check.id)) {
      problems.push({ questionId: check.id, message: m.required });
    }
  }
  // An empty form sent by mistake would count as a respondent (response rate, N of nothing): refused,
  // shown at the first question.
  if (problems.length === 0 && Object.keys(kept).length === 0 && all.length > 0)
    problems.push({ questionId: all[0]!.id, message: m.empty });
  return { answers: kept, problems };
}

/** "Fråga 3 (Det är meningsfullt att delta): …" — a problem named for staff entering paper forms. */
export function describeProblem(questionnaire: Questionnaire, problem: AnswerProblem, language: SurveyLanguage = 'sv') {
  for (const question of questionnaire.sections.flatMap((s) => s.questions)) {
    if (question.id === problem.questionId) return `${textIn(question.text, language)}: ${problem.message}`;
    if (question.type === 'matrix') {
      const st = question.statements.find((s) => s.id === problem.questionId);
      if (st) return `${textIn(st.text, language)}: ${problem.message}`;
    }
  }
  return `${problem.questionId}: ${problem.message}`;
}
