import { and, eq, sql } from 'drizzle-orm';
import { distributionStatus, todayIso, type UpdateDistributionInput } from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import { surveyDistributions } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound, versionConflict } from '../../platform/errors';
import { authorizeSurvey } from './survey-access';
import { findDistribution, findSurvey, responseCounts, type DistributionRow } from './surveys.repository';

/** A distribution the actor may change with `permission` (404 outside their reach). */
export async function reachableDistribution(
  tx: Executor,
  actor: Actor,
  permission: 'survey.read' | 'survey.write' | 'survey.distribute',
  associationId: string,
  surveyId: string,
  distributionId: string,
) {
  const survey = authorizeSurvey(actor, permission, associationId, await findSurvey(tx, associationId, surveyId));
  const distribution = await findDistribution(tx, associationId, surveyId, distributionId);
  if (!distribution) throw notFound('Utskicket');
  return { survey, distribution };
}

async function save(
  tx: Tx,
  associationId: string,
  id: string,
  version: number,
  values: Partial<typeof surveyDistributions.$inferInsert>,
) {
  const [row] = await tx
    .update(surveyDistributions)
    .set({ ...values, version: sql`${surveyDistributions.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(surveyDistributions.associationId, associationId),
        eq(surveyDistributions.id, id),
        eq(surveyDistributions.version, version),
      ),
    )
    .returning();
  if (!row) throw versionConflict();
  return row;
}

/**
 * A closed distribution with answers stays closed, as one closed early does: its answers are final
 * (the raw-answer sheet shows closed distributions only), and reopening it for one more answer would
 * let two downloads around that answer show it.
 */
async function refuseReopening(
  tx: Tx,
  associationId: string,
  before: DistributionRow,
  after: { opensOn: string; closesOn: string },
) {
  const today = todayIso();
  if (distributionStatus(before, today) !== 'closed') return;
  if (distributionStatus({ ...before, ...after }, today) === 'closed') return;
  if (!(await responseCounts(tx, associationId, [before.id])).get(before.id)?.count) return;
  throw conflict(
    'Utskicket har stängt och har svar: det öppnas inte igen. Skicka ut enkäten på nytt med ett nytt utskick om fler ska svara.',
  );
}

/** Changes the group, dates or invited count; the insatser, and so the links, stay. */
export async function updateDistribution(
  tx: Tx,
  actor: Actor,
  associationId: string,
  surveyId: string,
  id: string,
  input: UpdateDistributionInput,
) {
  const { distribution } = await reachableDistribution(tx, actor, 'survey.distribute', associationId, surveyId, id);
  const { version, ...values } = input;
  await refuseReopening(tx, associationId, distribution, values);
  const row = await save(tx, associationId, id, version, values);
  await writeAudit(tx, actor, {
    action: 'survey.distribution.update',
    entityType: 'survey_distribution',
    entityId: id,
    associationId,
    details: {
      before: {
        respondentGroup: distribution.respondentGroup,
        opensOn: distribution.opensOn,
        closesOn: distribution.closesOn,
        invitedCount: distribution.invitedCount,
      },
      after: values,
    },
  });
  return row;
}

/** Closes a distribution before its last day: its links stop taking answers at once. */
export async function closeDistribution(
  tx: Tx,
  actor: Actor,
  associationId: string,
  surveyId: string,
  id: string,
  version: number,
) {
  await reachableDistribution(tx, actor, 'survey.distribute', associationId, surveyId, id);
  const row = await save(tx, associationId, id, version, { closedEarly: true });
  await writeAudit(tx, actor, {
    action: 'survey.distribution.close',
    entityType: 'survey_distribution',
    entityId: id,
    associationId,
    details: { surveyId },
  });
  return row;
}
