import {
  can,
  DEFAULT_SUPPRESSION_THRESHOLD,
  distributionStatus,
  surveyResults,
  textIn,
  todayIso,
  type DistributionStatus,
  type GoalSurveySource,
  type LogicIndicator,
  type RespondentGroup,
  type SurveyFilter,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { reachesSurvey } from './survey-access';
import { distributionYear, loadSurveyResultsData, type SurveyResultsData } from './survey-results-data';
import { findSurvey } from './surveys.repository';

type SurveyIndicator = Extract<LogicIndicator, { kind: 'survey' }>;

export interface SurveyIndicatorValues {
  /** What is measured, in Swedish: the survey, the question and the measure. */
  label: string;
  /** The measured value per year: null where nothing was measured or protection hid it. */
  values: Map<number, number | null>;
}

/** What a year's figure covers: the distributions closing that year and the answers counted (protected). */
export interface SurveyYearCoverage {
  year: number;
  actual: number | null;
  /** Respondents who answered the question (or one of the composite's), protected: null is hidden ("≤5"). */
  respondents: number | null;
  distributions: { respondentGroup: RespondentGroup; opensOn: string; closesOn: string; status: DistributionStatus }[];
}

const MEASURE_SV = { positive_share: 'andel positiva svar', mean: 'medelvärde' } as const;

/** The survey when the actor's role reaches it, or the reason no value is shown. */
async function reachedSurvey(
  ex: Executor,
  actor: Actor,
  associationId: string,
  surveyId: string,
): Promise<{ reached: false; reason: string } | { reached: true; data: SurveyResultsData }> {
  const survey = await findSurvey(ex, associationId, surveyId);
  if (!survey) return { reached: false, reason: 'Enkäten finns inte längre' };
  if (
    !can(actor.roles, 'survey.read', associationId) ||
    !reachesSurvey(actor, 'survey.read', associationId, survey.interventionIds)
  )
    return { reached: false, reason: 'Enkätens resultat visas bara för roller som når enkäten' };
  return { reached: true, data: await loadSurveyResultsData(ex, actor, associationId, survey.id) };
}

/** The protected results of one distribution year, of one insats or all: as the results page shows that filter. */
function resultsOfYear(data: SurveyResultsData, year: number, interventionId: string | null | undefined) {
  const filter: SurveyFilter = { years: [year], ...(interventionId && { interventionIds: [interventionId] }) };
  return surveyResults(data.survey.questionnaire, data.responses, {
    threshold: DEFAULT_SUPPRESSION_THRESHOLD,
    filter,
    composites: data.composites,
  });
}

/** A question's or matrix statement's text, in Swedish. */
function questionText(data: SurveyResultsData, questionId: string) {
  const question = data.survey.questionnaire.sections
    .flatMap((s) => s.questions)
    .flatMap((q) => (q.type === 'matrix' ? q.statements.map((st) => ({ id: st.id, text: st.text })) : [q]))
    .find((q) => q.id === questionId);
  return question ? textIn(question.text, 'sv') : questionId;
}

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
  const reached = await reachedSurvey(ex, actor, associationId, indicator.surveyId);
  if (!reached.reached) return { label: reached.reason, values: new Map(years.map((y) => [y, null])) };
  const { data } = reached;
  const { survey } = data;
  const insats = indicator.interventionId
    ? (data.interventions.find((i) => i.id === indicator.interventionId)?.name ?? 'insats som inte längre finns')
    : null;
  const values = new Map(
    years.map((year) => {
      const q = resultsOfYear(data, year, indicator.interventionId).questions.find(
        (x) => x.id === indicator.questionId,
      );
      if (!q || q.kind !== 'choice' || q.status !== 'shown') return [year, null];
      return [year, indicator.measure === 'mean' ? q.mean : (q.positive?.share ?? null)];
    }),
  );
  const label = `${survey.name}: ${questionText(data, indicator.questionId)}, ${MEASURE_SV[indicator.measure]}${insats ? `, ${insats}` : ''}`;
  return { label, values };
}

/**
 * A survey as an insats goal's indicator (issue 14 §5, decision 0039): per distribution year, the
 * positive share of the question (or the share meeting the composite) among the insats's answers, from
 * the protected results exactly as the results page shows that insats and year, with what the figure
 * covers: the distributions closing that year for the insats, and the number of answers (hidden: null).
 */
export async function surveyGoalFigures(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string,
  source: GoalSurveySource,
  years: readonly number[],
): Promise<{ label: string; years: SurveyYearCoverage[] }> {
  const reached = await reachedSurvey(ex, actor, associationId, source.surveyId);
  if (!reached.reached)
    return {
      label: reached.reason,
      years: years.map((year) => ({ year, actual: null, respondents: null, distributions: [] })),
    };
  const { data } = reached;
  const { survey } = data;
  const composite = source.compositeId ? data.composites.find((c) => c.id === source.compositeId) : undefined;
  const measured = source.compositeId
    ? composite
      ? `${textIn(composite.name, 'sv')} (sammansatt indikator), andel som uppfyller den`
      : 'den sammansatta indikatorn finns inte längre'
    : `${questionText(data, source.questionId!)}, andel positiva svar`;
  const today = todayIso();
  return {
    label: `${survey.name}: ${measured}`,
    years: years.map((year) => {
      const distributions = data.distributions
        .filter((d) => distributionYear(d) === year && d.interventionIds.includes(interventionId))
        .map((d) => ({
          respondentGroup: d.respondentGroup as RespondentGroup,
          opensOn: d.opensOn,
          closesOn: d.closesOn,
          status: distributionStatus(d, today),
        }));
      if (distributions.length === 0) return { year, actual: null, respondents: null, distributions };
      const results = resultsOfYear(data, year, interventionId);
      const figure = source.compositeId
        ? results.composites.find((c) => c.id === source.compositeId)
        : results.questions.find((q) => q.id === source.questionId);
      if (!figure || figure.status !== 'shown') return { year, actual: null, respondents: null, distributions };
      const actual =
        'share' in figure ? figure.share : figure.kind === 'choice' ? (figure.positive?.share ?? null) : null;
      return { year, actual, respondents: figure.n, distributions };
    }),
  };
}
