import { compositeResult, type CompositeRule } from './composite';
import type { Questionnaire, SurveyLanguage } from './model';
import { addToCell, emptyCell, releaseCount, shareOf, statusOf, type Cell, type Protection } from './protect';
import { choiceResult, multipleResult } from './results-choice';
import { filterResponses, type SurveyResponseInput } from './results-filter';
import { resultItems, type ResultItem } from './results-items';
import type { QuestionResult, SurveyFilter, SurveyResults } from './results-schema';
import { dateResult, numberResult, textResult } from './results-values';

export interface SurveyResultsOptions {
  /** The förbund's suppression threshold (DEFAULT_SUPPRESSION_THRESHOLD unless set). */
  threshold?: number;
  /** How many were invited to the responses given (for the response rate); null when unknown. */
  invited?: number | null;
  language?: SurveyLanguage;
  filter?: SurveyFilter;
  composites?: readonly CompositeRule[];
}

function resultOf(item: ResultItem, responses: readonly SurveyResponseInput[], p: Protection): QuestionResult {
  switch (item.kind) {
    case 'choice':
      return choiceResult(item, responses, p);
    case 'multiple':
      return multipleResult(item, responses, p);
    case 'number':
      return numberResult(item, responses, p);
    case 'date':
      return dateResult(item, responses, p);
    case 'text':
      return textResult(item, responses, p);
  }
}

/**
 * The results of a questionnaire over the responses within a filter, released through the
 * protection `protectionOf` gives for the group (the responses within the filter). A group below
 * the threshold shows nothing at all: no N, no question, no indicator.
 */
export function buildSurveyResults(
  questionnaire: Pick<Questionnaire, 'sections'>,
  responses: readonly SurveyResponseInput[],
  options: SurveyResultsOptions,
  protectionOf: (group: Cell) => Protection,
): SurveyResults {
  const language = options.language ?? 'sv';
  const filter = options.filter ?? {};
  const within = filterResponses(responses, filter);
  const items = resultItems(questionnaire, language);
  const all = emptyCell();
  for (const r of within) addToCell(all, r.recordKey);
  const p = protectionOf(all);
  const status = statusOf(p, all);
  const respondents = releaseCount(p, status, all);
  const invited = options.invited ?? null;
  const shown = status === 'shown';
  return {
    threshold: p.threshold,
    language,
    filter,
    status,
    respondents,
    invited,
    responseRate: invited === null ? null : shareOf(respondents, invited),
    questions: shown ? items.map((item) => resultOf(item, within, p)) : [],
    composites: shown
      ? (options.composites ?? []).map((rule) => compositeResult(rule, items, within, p, language))
      : [],
  };
}
