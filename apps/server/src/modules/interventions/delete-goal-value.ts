import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/open-db';
import { interventionGoalValues } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { notFound, versionConflict } from '../../platform/errors';
import { findGoalValue } from './interventions.repository';
import { auditedValue, manualGoalOf } from './save-goal-value';

/** Deletes a value entered by hand, the version the user read (409 when someone changed it since). */
export async function deleteGoalValue(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  goalId: string,
  valueId: string,
  version: number,
) {
  await manualGoalOf(tx, actor, associationId, interventionId, goalId);
  const before = await findGoalValue(tx, associationId, interventionId, goalId, { id: valueId });
  if (!before) throw notFound('Värdet');
  const [row] = await tx
    .delete(interventionGoalValues)
    .where(and(eq(interventionGoalValues.id, valueId), eq(interventionGoalValues.version, version)))
    .returning({ id: interventionGoalValues.id });
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'intervention.goal_value.delete',
    entityType: 'intervention',
    entityId: interventionId,
    associationId,
    details: { before: auditedValue(before) },
  });
}
