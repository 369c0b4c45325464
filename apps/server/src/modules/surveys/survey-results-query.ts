import { z } from 'zod';
import {
  idSchema,
  questionIdSchema,
  RESPONDENT_GROUPS,
  RESPONSE_MODES,
  SURVEY_LANGUAGES,
  SURVEY_SPLITS,
  type SurveyFilter,
  type SurveySplit,
} from '@insikt/core';
import type { SurveyResultsRequest } from './get-survey-results';

/** A comma-separated list in the query string ("2024,2025"), each item checked by `item`. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .max(4_000)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item).min(1).max(100) as unknown as z.ZodType<z.output<T>[], string[]>)
    .optional();

/** "none" stands for the answers of a förbund-wide distribution (no insats). */
const NO_INSATS = 'none';

/**
 * The query of the results and their exports: which distributions, the filter (group, insats, year,
 * answer mode, the options of one other question such as gender), an optional split and the
 * language of the question texts.
 */
export const surveyResultsQuery = z
  .object({
    distributionIds: list(idSchema),
    groups: list(z.enum(RESPONDENT_GROUPS)),
    interventionIds: list(z.union([idSchema, z.literal(NO_INSATS)])),
    years: list(z.coerce.number().int().min(2000).max(2100)),
    modes: list(z.enum(RESPONSE_MODES)),
    answerQuestion: questionIdSchema.optional(),
    answerOptions: list(questionIdSchema),
    split: z.enum(SURVEY_SPLITS).optional(),
    splitQuestion: questionIdSchema.optional(),
    language: z.enum(SURVEY_LANGUAGES).default('sv'),
    format: z.enum(['json', 'xlsx', 'pdf']).default('json'),
  })
  .refine((q) => (q.answerQuestion === undefined) === (q.answerOptions === undefined), {
    message: 'Ett filter på svar behöver både frågan och minst ett svarsalternativ.',
    path: ['answerOptions'],
  })
  .refine((q) => (q.split === 'question') === (q.splitQuestion !== undefined), {
    message: 'Uppdelning per fråga behöver frågan (splitQuestion), och bara den.',
    path: ['splitQuestion'],
  });
export type SurveyResultsQuery = z.infer<typeof surveyResultsQuery>;

/** The query as the results use case takes it. */
export function resultsRequestOf(q: SurveyResultsQuery): SurveyResultsRequest {
  const filter: SurveyFilter = {
    ...(q.groups && { groups: q.groups }),
    ...(q.interventionIds && { interventionIds: q.interventionIds.map((id) => (id === NO_INSATS ? null : id)) }),
    ...(q.years && { years: q.years }),
    ...(q.modes && { modes: q.modes }),
    ...(q.answerQuestion && { answers: [{ questionId: q.answerQuestion, optionIds: q.answerOptions! }] }),
  };
  const split: SurveySplit | undefined =
    q.split === 'question' ? { by: 'question', questionId: q.splitQuestion! } : q.split ? { by: q.split } : undefined;
  return { distributionIds: q.distributionIds, filter, split, language: q.language };
}
