import { checkAnswers, describeProblem, todayIso, type AnswerProblem, type StaffResponseInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { invalid, notFound } from '../../platform/errors';
import { insertResponse } from './responses.repository';
import { authorizeScope } from './survey-access';
import { newRecordKey } from './survey-secrets';
import { linksOf, lockSurvey } from './surveys.repository';
import { reachableDistribution } from './update-distribution';

/**
 * An interview or a paper form entered by staff (issue 14 §2: 002 pooled web and interview answers).
 * The audit entry names the distribution and the mode, never the answer: an entry pointing at the
 * response would tie whoever was interviewed that hour to their answers.
 */
export async function enterResponse(
  tx: Tx,
  actor: Actor,
  associationId: string,
  surveyId: string,
  distributionId: string,
  input: StaffResponseInput,
): Promise<{ problems: AnswerProblem[] } | { ok: true }> {
  // First: the wording read below is then the one the answer is stored under.
  await lockSurvey(tx, associationId, surveyId, 'share');
  const { survey, distribution } = await reachableDistribution(
    tx,
    actor,
    'survey.write',
    associationId,
    surveyId,
    distributionId,
  );
  const insats = input.interventionId;
  if (insats !== null) authorizeScope(actor, 'survey.write', associationId, [insats]);
  const links = await linksOf(tx, associationId, distributionId);
  const link = links.find((l) => l.interventionId === insats);
  if (!link) {
    if (insats !== null && !distribution.interventionIds.includes(insats)) throw notFound('Insatsen');
    throw invalid(
      [{ field: 'interventionId', message: 'Välj vilken insats svaret gäller.', value: insats }],
      'Utskicket går till flera insatser: välj vilken insats svaret gäller.',
    );
  }
  const answeredOn = input.answeredOn ?? todayIso();
  // A paper form may be entered after the last day, but it was answered within the distribution's days.
  const lastDay = distribution.closesOn < todayIso() ? distribution.closesOn : todayIso();
  if (answeredOn > lastDay || answeredOn < distribution.opensOn)
    throw invalid(
      [
        {
          field: 'answeredOn',
          message: 'Dagen ska ligga inom utskickets dagar och inte efter i dag.',
          value: answeredOn,
        },
      ],
      `Svarsdagen ${answeredOn} ligger utanför utskicket (från ${distribution.opensOn} till ${lastDay}).`,
    );
  const checked = checkAnswers(survey.questionnaire, input.answers, 'sv');
  if (checked.problems.length > 0)
    return {
      problems: checked.problems.map((p) => ({ ...p, message: describeProblem(survey.questionnaire, p, 'sv') })),
    };
  await insertResponse(tx, {
    associationId,
    distributionId,
    linkId: link.id,
    interventionId: link.interventionId,
    mode: input.mode,
    language: input.language,
    answeredOn,
    recordKey: newRecordKey(),
    answers: checked.answers,
  });
  await writeAudit(tx, actor, {
    action: `survey.response.${input.mode}`,
    entityType: 'survey_distribution',
    entityId: distributionId,
    associationId,
    details: { surveyId },
  });
  return { ok: true };
}
