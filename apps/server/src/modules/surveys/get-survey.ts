import { DEFAULT_SUPPRESSION_THRESHOLD, distributionStatus, perturbCount, todayIso } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { authorizeSurvey, reachesSurvey } from './survey-access';
import {
  distributionsOf,
  findSurvey,
  hasResponses,
  listSurveys,
  responseCounts,
  type DistributionRow,
  type SurveyRow,
} from './surveys.repository';

/**
 * The distributions of some surveys with their state and their number of answers. Answers are
 * anonymous for every role, so even this count goes through the cell-key method (issue 14 §4).
 */
async function distributionsWithCounts(ex: Executor, associationId: string, surveyIds: string[]) {
  const rows = await distributionsOf(ex, associationId, surveyIds);
  const counts = await responseCounts(
    ex,
    associationId,
    rows.map((d) => d.id),
  );
  const today = todayIso();
  return rows.map((d) => distributionView(d, counts.get(d.id), today));
}

export function distributionView(
  row: DistributionRow,
  count: { count: number; keySum: number } | undefined,
  today = todayIso(),
) {
  const { associationId: _association, ...d } = row;
  return {
    ...d,
    status: distributionStatus(d, today),
    responses: perturbCount(count?.count ?? 0, count?.keySum ?? 0, DEFAULT_SUPPRESSION_THRESHOLD),
  };
}

const surveyView = (row: SurveyRow, distributions: ReturnType<typeof distributionView>[]) => {
  const { associationId: _association, questionnaire, ...rest } = row;
  return {
    ...rest,
    kind: questionnaire.kind,
    title: questionnaire.title,
    distributions: distributions.filter((d) => d.surveyId === row.id),
  };
};

/** The förbund's surveys the actor reaches (their insatser's, or all for a role covering every insats). */
export async function listSurveysFor(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'survey.read', associationId);
  const rows = (await listSurveys(ex, associationId)).filter((s) =>
    reachesSurvey(actor, 'survey.read', associationId, s.interventionIds),
  );
  const distributions = await distributionsWithCounts(
    ex,
    associationId,
    rows.map((s) => s.id),
  );
  return rows.map((row) => surveyView(row, distributions));
}

export async function getSurvey(ex: Executor, actor: Actor, associationId: string, id: string) {
  const row = authorizeSurvey(actor, 'survey.read', associationId, await findSurvey(ex, associationId, id));
  const distributions = await distributionsWithCounts(ex, associationId, [id]);
  const answered = await hasResponses(ex, associationId, id);
  return {
    ...surveyView(row, distributions),
    questionnaire: row.questionnaire,
    wordingEditable: !row.locked && !answered,
  };
}
