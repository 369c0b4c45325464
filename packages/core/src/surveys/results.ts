import { DEFAULT_SUPPRESSION_THRESHOLD } from '../outcome/suppression';
import type { Questionnaire } from './model';
import { cellKeyProtection } from './protect';
import { buildSurveyResults, type SurveyResultsOptions } from './results-build';
import type { SurveyResponseInput } from './results-filter';
import type { SurveyResults } from './results-schema';

export type { SurveyResultsOptions } from './results-build';

/**
 * The results of a survey for every role (issue 14 §4, docs/decisions/0033): per question the
 * counts and shares as seed 002 counts them, positive shares, means, open answers, the response
 * rate and composite indicators, every figure through the cell key method. Answers are
 * anonymous for everyone, so there is no exact version.
 */
export const surveyResults = (
  questionnaire: Pick<Questionnaire, 'sections'>,
  responses: readonly SurveyResponseInput[],
  options: SurveyResultsOptions = {},
): SurveyResults =>
  buildSurveyResults(questionnaire, responses, options, (group) =>
    cellKeyProtection(options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD, group.keySum),
  );
