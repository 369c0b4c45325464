import { and, eq } from 'drizzle-orm';
import type { RoleAssignmentInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { roleAssignments } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { findAssociation } from '../organisation/organisation.repository';
import { checkAssignment } from './create-user';
import { loadManagedUser } from './managed-user';

export async function addRole(tx: Tx, actor: Actor, userId: string, input: RoleAssignmentInput) {
  const { roles } = await loadManagedUser(tx, actor, userId);
  const role = { role: input.role, associationId: input.associationId ?? null };
  checkAssignment(actor, role);
  if (role.associationId && !(await findAssociation(tx, role.associationId))) {
    throw invalid([{ field: 'associationId', value: role.associationId, message: 'Förbundet finns inte.' }]);
  }
  if (roles.some((r) => r.role === role.role && r.associationId === role.associationId)) {
    throw conflict('Användaren har redan den rollen.');
  }
  const [row] = await tx
    .insert(roleAssignments)
    .values({ userId, ...role })
    .returning();
  await writeAudit(tx, actor, {
    action: 'user.role_add',
    entityType: 'user',
    entityId: userId,
    associationId: role.associationId,
    details: { role: role.role },
  });
  return row!;
}

export async function removeRole(tx: Tx, actor: Actor, userId: string, roleId: string) {
  const { roles } = await loadManagedUser(tx, actor, userId);
  const target = roles.find((r) => r.id === roleId);
  if (!target) throw notFound('Rollen');
  checkAssignment(actor, target);
  // An administrator removing their own administrator role could lock everyone out.
  if (userId === actor.userId && (target.role === 'system_admin' || target.role === 'association_admin')) {
    throw new AppError(
      400,
      'validation_failed',
      'Du kan inte ta bort din egen administratörsroll. Be en annan administratör.',
    );
  }
  await tx.delete(roleAssignments).where(and(eq(roleAssignments.id, roleId), eq(roleAssignments.userId, userId)));
  await writeAudit(tx, actor, {
    action: 'user.role_remove',
    entityType: 'user',
    entityId: userId,
    associationId: target.associationId,
    details: { role: target.role },
  });
}
