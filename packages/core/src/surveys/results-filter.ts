import type { Answers } from './answers';
import type { RespondentGroup, ResponseMode } from './model';
import type { SurveyFilter } from './results-schema';

/**
 * One stored response as the results read it: the answers and what a filter may split on. The
 * record key (0–255, drawn at random when the answer is stored) is the response's part of every
 * cell key (docs/decisions/0015, 0033); nothing in it identifies the respondent.
 */
export interface SurveyResponseInput {
  answers: Answers;
  recordKey: number;
  group: RespondentGroup;
  /** The insats of the link or staff entry; null for a förbund-wide distribution. */
  interventionId: string | null;
  /** The distribution's year (the year of its closing date). */
  year: number;
  mode: ResponseMode;
}

/** The option a response chose for a one-option question, if any. */
export const chosenOption = (response: SurveyResponseInput, questionId: string): string | undefined => {
  const value = response.answers[questionId];
  return value && 'option' in value ? value.option : undefined;
};

/** Whether a response is within a filter: every given part must match. */
export function matchesFilter(response: SurveyResponseInput, filter: SurveyFilter): boolean {
  return (
    (filter.groups === undefined || filter.groups.includes(response.group)) &&
    (filter.interventionIds === undefined || filter.interventionIds.includes(response.interventionId)) &&
    (filter.years === undefined || filter.years.includes(response.year)) &&
    (filter.modes === undefined || filter.modes.includes(response.mode)) &&
    (filter.answers ?? []).every((a) => {
      const value = response.answers[a.questionId];
      if (!value) return false;
      if ('option' in value) return a.optionIds.includes(value.option);
      return 'options' in value && value.options.some((o) => a.optionIds.includes(o));
    })
  );
}

/** The responses within a filter. */
export const filterResponses = (responses: readonly SurveyResponseInput[], filter: SurveyFilter) =>
  responses.filter((r) => matchesFilter(r, filter));
