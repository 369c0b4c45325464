import {
  can,
  DEFAULT_SUPPRESSION_THRESHOLD,
  surveyResults,
  textIn,
  type LogicIndicator,
  type SurveyFilter,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { reachesSurvey } from './survey-access';
import { loadSurveyResultsData } from './survey-results-data';
import { findSurvey } from './surveys.repository';

type SurveyIndicator = Extract<LogicIndicator, { kind: 'survey' }>;

export interface SurveyIndicatorValues {
  /** What is measured, in Swedish: the survey, the question and the measure. */
  label: string;
  /** The measured value per year: null where nothing was measured or protection hid it. */
  values: Map<number, number | null>;
}

const MEASURE_SV = { positive_share: 'andel positiva svar', mean: 'medelvärde' } as const;

/**
 * A survey question as an indicator (issue 14 §5): per year, the question's positive share (or mean)
 * over the answers to the survey's distributions closing that year — of one insats, or all — from
 * the PROTECTED results, as every role sees them. A role that does not reach the survey sees no value.
 */
export async function surveyIndicatorValues(
  ex: Executor,
  actor: Actor,
  associationId: string,
  indicator: SurveyIndicator,
  years: readonly number[],
): Promise<SurveyIndicatorValues> {
  const none = (label: string) => ({ label, values: new Map(years.map((y) => [y, null])) });
  const survey = await findSurvey(ex, associationId, indicator.surveyId);
  if (!survey) return none('Enkäten finns inte längre');
  if (
    !can(actor.roles, 'survey.read', associationId) ||
    !reachesSurvey(actor, 'survey.read', associationId, survey.interventionIds)
  )
    return none('Enkätens resultat visas bara för roller som når enkäten');
  const data = await loadSurveyResultsData(ex, actor, associationId, survey.id);
  const insats = indicator.interventionId
    ? (data.interventions.find((i) => i.id === indicator.interventionId)?.name ?? 'insats som inte längre finns')
    : null;
  const values = new Map(
    years.map((year) => {
      const filter: SurveyFilter = {
        years: [year],
        ...(indicator.interventionId && { interventionIds: [indicator.interventionId] }),
      };
      const results = surveyResults(survey.questionnaire, data.responses, {
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
        filter,
      });
      const q = results.questions.find((x) => x.id === indicator.questionId);
      if (!q || q.kind !== 'choice' || q.status !== 'shown') return [year, null];
      return [year, indicator.measure === 'mean' ? q.mean : (q.positive?.share ?? null)];
    }),
  );
  const question = data.survey.questionnaire.sections
    .flatMap((s) => s.questions)
    .flatMap((q) => (q.type === 'matrix' ? q.statements.map((st) => ({ id: st.id, text: st.text })) : [q]))
    .find((q) => q.id === indicator.questionId);
  const label = `${survey.name}: ${question ? textIn(question.text, 'sv') : indicator.questionId}, ${MEASURE_SV[indicator.measure]}${insats ? `, ${insats}` : ''}`;
  return { label, values };
}
