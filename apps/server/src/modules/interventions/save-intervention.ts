import { and, eq, sql } from 'drizzle-orm';
import type { InterventionInput, InterventionUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { interventions } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize, authorizeIntervention } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound, versionConflict } from '../../platform/errors';
import { deleteGoalValuesExcept, findIntervention, findInterventionByName } from './interventions.repository';
import { manualGoalIds, withGoalIds } from './goal-ids';
import { checkInterventionReferences } from './validate-intervention';
import { auditedValue } from './save-goal-value';
import { canonicalJson } from '../../platform/canonical-json';
import { withoutAccountsActualCost } from '../finance/insats-actual-cost';

const columns = (input: InterventionInput) => ({
  name: input.name,
  kind: input.kind,
  description: input.description,
  startDate: input.startDate,
  endDate: input.endDate ?? null,
  status: input.status,
  ownerMemberId: input.ownerMemberId ?? null,
  targetGroup: input.targetGroup,
  partnerMemberIds: input.partnerMemberIds,
  municipalityCodes: input.municipalityCodes,
  budgets: input.budgets,
  staffing: input.staffing,
  goals: input.goals,
});

/** The fields an edit changes, for the audit log's one-line summary ("budget, mål"). */
function changedFields(before: Record<string, unknown>, after: ReturnType<typeof columns>) {
  return (Object.keys(after) as (keyof typeof after)[]).filter(
    (k) => canonicalJson(before[k]) !== canonicalJson(after[k]),
  );
}

/** Creates an insats with its setup, financing model and goals. */
export async function createIntervention(tx: Tx, actor: Actor, associationId: string, input: InterventionInput) {
  authorize(actor, 'intervention.create', associationId);
  await checkInterventionReferences(tx, actor, associationId, null, input);
  if (await findInterventionByName(tx, associationId, input.name)) {
    throw conflict(`Förbundet har redan en insats som heter ${input.name}.`);
  }
  const [row] = await tx
    .insert(interventions)
    .values({ associationId, ...columns(input), goals: withGoalIds(input.goals) })
    .returning();
  await writeAudit(tx, actor, {
    action: 'intervention.create',
    entityType: 'intervention',
    entityId: row!.id,
    associationId,
    details: { name: input.name, kind: input.kind },
  });
  return row!;
}

/** Edits an insats; a stale version is refused (409) rather than overwriting someone's change. */
export async function updateIntervention(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: InterventionUpdateInput,
) {
  authorizeIntervention(actor, 'intervention.update', associationId, id);
  const before = await findIntervention(tx, associationId, id);
  if (!before) throw notFound('Insatsen');
  await checkInterventionReferences(tx, actor, associationId, id, input);
  const sameName = await findInterventionByName(tx, associationId, input.name);
  if (sameName && sameName.id !== id) throw conflict(`Förbundet har redan en insats som heter ${input.name}.`);
  const budgets = await withoutAccountsActualCost(tx, associationId, id, input.budgets);
  const goals = withGoalIds(input.goals, before.goals);
  const [row] = await tx
    .update(interventions)
    .set({ ...columns(input), budgets, goals, version: sql`${interventions.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(interventions.associationId, associationId),
        eq(interventions.id, id),
        eq(interventions.version, input.version),
      ),
    )
    .returning();
  if (!row) throw versionConflict();
  // A goal's values go with it (decision 0062): removed, or measured in Insikt from now on.
  const removedValues = await deleteGoalValuesExcept(tx, associationId, id, manualGoalIds(goals));
  await writeAudit(tx, actor, {
    action: 'intervention.update',
    entityType: 'intervention',
    entityId: id,
    associationId,
    details: {
      before: { name: before.name, status: before.status },
      after: { name: input.name, status: input.status },
      changed: changedFields(before, { ...columns(input), goals }),
      ...(removedValues.length ? { removedGoalValues: removedValues.map(auditedValue) } : {}),
    },
  });
  return row;
}
