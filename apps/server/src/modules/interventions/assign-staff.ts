import { and, eq } from 'drizzle-orm';
import { INTERVENTION_SCOPED_ROLES, type RoleCode } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { roleAssignments, roleInterventions } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { findUserById } from '../users/users.repository';
import { findIntervention } from './interventions.repository';

/**
 * Assigns a person to an insats as insatsansvarig, deltagaransvarig or utvärderare. The person
 * gets the role in the association if they do not already hold it.
 */
export async function assignStaff(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  input: { userId: string; role: RoleCode },
) {
  authorize(actor, 'user.manage', associationId);
  if (!(await findIntervention(tx, associationId, interventionId))) throw notFound('Insatsen');
  if (!INTERVENTION_SCOPED_ROLES.includes(input.role)) {
    throw invalid([
      {
        field: 'role',
        value: input.role,
        message: 'Bara insatsansvarig, deltagaransvarig och utvärderare knyts till insatser.',
      },
    ]);
  }
  if (!(await findUserById(tx, input.userId))) throw notFound('Användaren');
  let [assignment] = await tx
    .select()
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, input.userId),
        eq(roleAssignments.role, input.role),
        eq(roleAssignments.associationId, associationId),
      ),
    );
  if (!assignment) {
    [assignment] = await tx
      .insert(roleAssignments)
      .values({ userId: input.userId, role: input.role, associationId })
      .returning();
  }
  const inserted = await tx
    .insert(roleInterventions)
    .values({ roleAssignmentId: assignment!.id, interventionId })
    .onConflictDoNothing()
    .returning();
  if (inserted.length === 0) throw conflict('Personen har redan den rollen i insatsen.');
  await writeAudit(tx, actor, {
    action: 'intervention.staff_add',
    entityType: 'intervention',
    entityId: interventionId,
    associationId,
    details: { userId: input.userId, role: input.role },
  });
}

export async function unassignStaff(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  roleAssignmentId: string,
) {
  authorize(actor, 'user.manage', associationId);
  const [assignment] = await tx
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.id, roleAssignmentId), eq(roleAssignments.associationId, associationId)));
  if (!assignment) throw notFound('Tilldelningen');
  const removed = await tx
    .delete(roleInterventions)
    .where(
      and(
        eq(roleInterventions.roleAssignmentId, roleAssignmentId),
        eq(roleInterventions.interventionId, interventionId),
      ),
    )
    .returning();
  if (removed.length === 0) throw notFound('Tilldelningen');
  await writeAudit(tx, actor, {
    action: 'intervention.staff_remove',
    entityType: 'intervention',
    entityId: interventionId,
    associationId,
    details: { userId: assignment.userId, role: assignment.role },
  });
}
