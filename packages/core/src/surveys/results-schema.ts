import { z } from 'zod';
import { questionIdSchema, RESPONDENT_GROUPS, RESPONSE_MODES, SURVEY_LANGUAGES } from './model';

/**
 * The shape of survey results (issue 14 §4, docs/decisions/0033), as plain JSON: the server returns
 * it, the web draws it and the Excel/PDF exports render it. Every count in it has been through the
 * cell key method: `null` means hidden (anything from 0 to the threshold, shown "≤5"), and a whole group or
 * question with too few answers has status `too_few` and no figures at all ("för få svar").
 * No `.meta({ id })` here: the server names the shapes it declares in its responses.
 */

/** A protected count: null when hidden (0 to the threshold: "≤5"). */
const count = z.number().int().min(0).nullable();
/** A share 0–1 of two protected counts; null when either is hidden or there is no denominator. */
const share = z.number().min(0).max(1).nullable();
const text = z.string();

/**
 * Whether a group or a question shows figures: `shown`, or `too_few` (fewer answers than the
 * threshold, none included: nothing is shown, not even N — "för få svar").
 */
export const RESULT_STATUSES = ['shown', 'too_few'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];
const status = z.enum(RESULT_STATUSES);

/** Which responses a result covers; an empty filter is every response given. */
export const surveyFilterSchema = z
  .object({
    groups: z.array(z.enum(RESPONDENT_GROUPS)).optional(),
    /** Insatser; null stands for answers to a förbund-wide distribution (no insats). */
    interventionIds: z.array(z.string().max(64).nullable()).optional(),
    years: z.array(z.number().int().min(2000).max(2100)).optional(),
    modes: z.array(z.enum(RESPONSE_MODES)).optional(),
    /** Respondents who chose one of these options of another question (e.g. a gender question). */
    answers: z
      .array(z.object({ questionId: questionIdSchema, optionIds: z.array(questionIdSchema).min(1) }))
      .optional(),
  })
  .strict();
export type SurveyFilter = z.infer<typeof surveyFilterSchema>;

export const choiceOptionResultSchema = z
  .object({
    id: text,
    label: text,
    outsideScale: z.boolean(),
    positive: z.boolean(),
    count,
    /** Of N (answers including options outside the scale such as "vet ej"). */
    share,
    /** Of the answers on the scale ("utan vet ej"); null for an option outside the scale. */
    shareInScale: share,
  })
  .strict();

/** A scale, single choice or one statement of a matrix. */
export const choiceResultSchema = z
  .object({
    kind: z.literal('choice'),
    /** The answer id: the question's, or the statement's for a matrix. */
    id: text,
    /** The question's id (a matrix's statements share it: one stacked bar per statement). */
    questionId: text,
    type: z.enum(['scale', 'single', 'matrix']),
    text,
    /** The matrix's own question text; the question text otherwise. */
    questionText: text,
    status,
    /** Respondents who answered, options outside the scale included, blanks left out (seed 002 l.883). */
    n: count,
    /** Respondents who answered on the scale (N without "vet ej"). */
    nInScale: count,
    options: z.array(choiceOptionResultSchema),
    /** The question's positive set (top-2 by default); null for a single choice. */
    positive: z
      .object({ optionIds: z.array(text), count, share, shareInScale: share })
      .strict()
      .nullable(),
    /** Mean of 1…k on a numeric scale, options outside the scale left out; null otherwise or hidden. */
    mean: z.number().nullable(),
    /** "Annat, nämligen …" texts, in alphabetical order; listed only when that option is shown. */
    other: z.array(text),
  })
  .strict();

export const multipleResultSchema = z
  .object({
    kind: z.literal('multiple'),
    id: text,
    text,
    status,
    /** Respondents who chose at least one option: each option's share is of them. */
    n: count,
    options: z.array(z.object({ id: text, label: text, count, share }).strict()),
    other: z.array(text),
  })
  .strict();

export const numberResultSchema = z
  .object({
    kind: z.literal('number'),
    id: text,
    text,
    status,
    n: count,
    mean: z.number().nullable(),
    median: z.number().nullable(),
  })
  .strict();

export const dateResultSchema = z
  .object({
    kind: z.literal('date'),
    id: text,
    text,
    status,
    n: count,
    /** The months with a shown count, in order (a month with a hidden count is left out). */
    months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), count: z.number().int().min(0) }).strict()),
  })
  .strict();

export const textResultSchema = z
  .object({
    kind: z.literal('text'),
    id: text,
    text,
    status,
    n: count,
    /** The open answers, in alphabetical order (never the order they came in). */
    answers: z.array(text),
  })
  .strict();

export const questionResultSchema = z.discriminatedUnion('kind', [
  choiceResultSchema,
  multipleResultSchema,
  numberResultSchema,
  dateResultSchema,
  textResultSchema,
]);
export type QuestionResult = z.infer<typeof questionResultSchema>;
export type ChoiceResult = z.infer<typeof choiceResultSchema>;
export type MultipleResult = z.infer<typeof multipleResultSchema>;
export type NumberResult = z.infer<typeof numberResultSchema>;
export type DateResult = z.infer<typeof dateResultSchema>;
export type TextResult = z.infer<typeof textResultSchema>;

export const compositeResultSchema = z
  .object({
    id: text,
    name: text,
    /** The rule in words, shown beside the figure ("Arbete: i ganska hög grad eller högre, ELLER …"). */
    definition: text,
    status,
    /** Respondents who answered at least one of the rule's questions. */
    n: count,
    count,
    share,
  })
  .strict();
export type CompositeResult = z.infer<typeof compositeResultSchema>;

export const surveyResultsSchema = z
  .object({
    /** Counts below it (0 included) are hidden: the förbund's suppression threshold. */
    threshold: z.number().int().min(1),
    language: z.enum(SURVEY_LANGUAGES),
    filter: surveyFilterSchema,
    status,
    /** Responses within the filter. */
    respondents: count,
    invited: z.number().int().min(0).nullable(),
    /** Respondents ÷ invited (at most 100 %); null without a number invited. */
    responseRate: share,
    questions: z.array(questionResultSchema),
    composites: z.array(compositeResultSchema),
  })
  .strict();
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

export const SURVEY_SPLITS = ['group', 'intervention', 'year', 'mode', 'question'] as const;
export type SurveySplitKind = (typeof SURVEY_SPLITS)[number];

export const surveySplitSchema = z.discriminatedUnion('by', [
  z.object({ by: z.enum(['group', 'intervention', 'year', 'mode']) }).strict(),
  z.object({ by: z.literal('question'), questionId: questionIdSchema }).strict(),
]);
export type SurveySplit = z.infer<typeof surveySplitSchema>;

/** Results split into columns (by group, insats, year, mode or another question's options), beside the total. */
export const surveyCrossTabSchema = z
  .object({
    split: surveySplitSchema,
    total: surveyResultsSchema,
    columns: z.array(
      z
        .object({
          /** The value split on: a group, insats id ("" for förbund-wide), year, mode or option id. */
          key: text,
          /** The option's label for a split by question; null otherwise (the web names groups and insatser). */
          label: text.nullable(),
          results: surveyResultsSchema,
        })
        .strict(),
    ),
  })
  .strict();
export type SurveyCrossTab = z.infer<typeof surveyCrossTabSchema>;
