import {
  crossTabulate,
  DEFAULT_SUPPRESSION_THRESHOLD,
  surveyResults,
  type SurveyFilter,
  type SurveyLanguage,
  type SurveySplit,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { invalid } from '../../platform/errors';
import {
  distributionYear,
  invitedWithin,
  loadSurveyResultsData,
  withoutTexts,
  type SurveyResultsData,
} from './survey-results-data';

export interface SurveyResultsRequest {
  /** The distributions whose answers count; all of the survey's when absent. */
  distributionIds?: string[];
  filter: SurveyFilter;
  split?: SurveySplit;
  language: SurveyLanguage;
}

/** The invited count per column of a split, where invitations tell it (by group, insats or year). */
function invitedBy(data: SurveyResultsData, split: SurveySplit, base: SurveyFilter) {
  const keyed = (keys: string[], filterOf: (key: string) => SurveyFilter) =>
    Object.fromEntries(
      keys.flatMap((k) => {
        const n = invitedWithin(data.distributions, filterOf(k));
        return n === null ? [] : [[k, n]];
      }),
    );
  const groups = [...new Set(data.distributions.map((d) => d.respondentGroup))];
  const years = [...new Set(data.distributions.map(distributionYear))];
  switch (split.by) {
    case 'group':
      return keyed(groups, (g) => ({ ...base, groups: [g as never] }));
    case 'year':
      return keyed(years.map(String), (y) => ({ ...base, years: [Number(y)] }));
    case 'intervention':
      return keyed([...data.interventions.map((i) => i.id), ''], (id) => ({ ...base, interventionIds: [id || null] }));
    default:
      return {};
  }
}

/** The results view of loaded data: the total, or the total and a split's columns. */
export function resultsViewOf(data: SurveyResultsData, request: SurveyResultsRequest) {
  const { survey, composites } = data;
  // Texts are listed whole: under a filter or split on another question's answer, a listed text
  // tells its author's answer to that question, and filter by filter all of them (decision 0038).
  const byAnswer = (request.filter.answers?.length ?? 0) > 0 || request.split?.by === 'question';
  const responses = byAnswer ? data.responses.map((r) => ({ ...r, answers: withoutTexts(r.answers) })) : data.responses;
  const options = {
    threshold: DEFAULT_SUPPRESSION_THRESHOLD,
    language: request.language,
    filter: request.filter,
    composites,
    invited: invitedWithin(data.distributions, request.filter),
  };
  let tab;
  try {
    tab = request.split
      ? crossTabulate(survey.questionnaire, responses, request.split, {
          ...options,
          invitedBy: invitedBy(data, request.split, request.filter),
        })
      : { split: null, total: surveyResults(survey.questionnaire, responses, options), columns: [] };
  } catch (error) {
    // Core names a question that cannot split the results (no options, not in the survey).
    throw invalid([{ field: 'split', message: (error as Error).message }], (error as Error).message);
  }
  return {
    survey: { id: survey.id, name: survey.name, title: survey.questionnaire.title },
    distributions: data.allDistributions.map((d) => ({
      id: d.id,
      respondentGroup: d.respondentGroup,
      interventionIds: d.interventionIds,
      opensOn: d.opensOn,
      closesOn: d.closesOn,
      year: distributionYear(d),
      invitedCount: d.invitedCount,
    })),
    interventions: data.interventions,
    ...tab,
  };
}
export type SurveyResultsView = ReturnType<typeof resultsViewOf>;

/**
 * The results of a survey (issue 14 §4): every figure from core's survey results, protected by the
 * cell key method for every role, optionally split into columns (group, insats, year, answer mode or
 * another question's options: "the same survey over several years side by side" is a split by year).
 * The server only loads the answers the actor reaches and calls core.
 */
export async function getSurveyResults(
  ex: Executor,
  actor: Actor,
  associationId: string,
  surveyId: string,
  request: SurveyResultsRequest,
) {
  const data = await loadSurveyResultsData(ex, actor, associationId, surveyId, request.distributionIds);
  return resultsViewOf(data, request);
}
