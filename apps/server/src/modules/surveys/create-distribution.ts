import type { CreateDistributionInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { surveyDistributions, surveyLinks } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { invalid } from '../../platform/errors';
import { checkInterventions } from './create-survey';
import { authorizeScope, authorizeSurvey } from './survey-access';
import { newLinkToken } from './survey-secrets';
import { findSurvey } from './surveys.repository';

/**
 * Sends a survey to a respondent group for a period: one anonymous link per insats (the link's insats
 * is the answer's insats), or one link for a förbund-wide distribution (issue 14 §2).
 */
export async function createDistribution(
  tx: Tx,
  actor: Actor,
  associationId: string,
  surveyId: string,
  input: CreateDistributionInput,
) {
  const survey = authorizeSurvey(
    actor,
    'survey.distribute',
    associationId,
    await findSurvey(tx, associationId, surveyId),
  );
  const interventionIds = [...new Set(input.interventionIds)];
  authorizeScope(actor, 'survey.distribute', associationId, interventionIds);
  await checkInterventions(tx, associationId, interventionIds);
  // A survey made for some insatser goes to those insatser only.
  if (survey.interventionIds.length > 0) {
    const outside =
      interventionIds.length === 0
        ? ['hela förbundet']
        : interventionIds.filter((id) => !survey.interventionIds.includes(id));
    if (outside.length > 0)
      throw invalid(
        [{ field: 'interventionIds', message: 'Enkäten är gjord för vissa insatser: välj bland dem.', value: outside }],
        'Enkäten är gjord för vissa insatser: utskicket kan bara gå till dem.',
      );
  }
  const [row] = await tx
    .insert(surveyDistributions)
    .values({
      associationId,
      surveyId,
      respondentGroup: input.respondentGroup,
      interventionIds,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      invitedCount: input.invitedCount,
      usesCodes: input.usesCodes,
    })
    .returning();
  const linkInterventions: (string | null)[] = interventionIds.length > 0 ? interventionIds : [null];
  await tx.insert(surveyLinks).values(
    linkInterventions.map((interventionId) => ({
      associationId,
      distributionId: row!.id,
      interventionId,
      token: newLinkToken(),
    })),
  );
  await writeAudit(tx, actor, {
    action: 'survey.distribution.create',
    entityType: 'survey_distribution',
    entityId: row!.id,
    associationId,
    details: {
      surveyId,
      respondentGroup: input.respondentGroup,
      interventionIds,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      invitedCount: input.invitedCount,
      usesCodes: input.usesCodes,
    },
  });
  return row!;
}
