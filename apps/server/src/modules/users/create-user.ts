import { canGrantRole, isValidAssignment, type UserCreateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { roleAssignments, users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, forbidden, invalid } from '../../platform/errors';
import { assertAcceptablePassword, generateOneTimePassword, hashPassword } from '../../platform/passwords';
import { findAssociation } from '../organisation/organisation.repository';
import { findUserByEmail, rolesOf } from './users.repository';

export function checkAssignment(
  actor: Actor,
  role: { role: UserCreateInput['role']['role']; associationId: string | null },
) {
  if (!isValidAssignment(role)) {
    throw invalid([
      {
        field: 'role.associationId',
        value: role.associationId ?? '',
        message:
          role.associationId === null
            ? 'Rollen gäller inom ett förbund: välj förbund.'
            : 'Rollen gäller alla förbund och ska inte kopplas till ett förbund.',
      },
    ]);
  }
  if (!canGrantRole(actor.roles, role)) throw forbidden();
}

/**
 * Creates an account with a first role. When the e-mail already has an account (a person with
 * roles in several förbund) the role is added to it instead. Without a password a one-time
 * password is generated, returned once, and must be changed at first login.
 */
export async function createUser(tx: Tx, actor: Actor, input: UserCreateInput) {
  const role = { role: input.role.role, associationId: input.role.associationId ?? null };
  authorize(actor, 'user.manage', role.associationId ?? undefined);
  checkAssignment(actor, role);
  if (role.associationId && !(await findAssociation(tx, role.associationId))) {
    throw invalid([{ field: 'role.associationId', value: role.associationId, message: 'Förbundet finns inte.' }]);
  }

  const existing = await findUserByEmail(tx, input.email);
  if (existing) {
    const held = (await rolesOf(tx, [existing.id])).get(existing.id) ?? [];
    if (held.some((r) => r.role === role.role && r.associationId === role.associationId)) {
      throw conflict(`${input.email} har redan den rollen.`);
    }
    await tx.insert(roleAssignments).values({ userId: existing.id, ...role });
    await writeAudit(tx, actor, {
      action: 'user.role_add',
      entityType: 'user',
      entityId: existing.id,
      associationId: role.associationId,
      details: { role: role.role, existingAccount: true },
    });
    return { user: existing, created: false as const, oneTimePassword: null };
  }

  if (input.password !== undefined) assertAcceptablePassword(input.password, input.email, 'password');
  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : null;
  const [user] = await tx
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password ?? oneTimePassword!),
      mustChangePassword: oneTimePassword !== null,
    })
    .returning();
  await tx.insert(roleAssignments).values({ userId: user!.id, ...role });
  await writeAudit(tx, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: user!.id,
    associationId: role.associationId,
    details: { email: input.email, role: role.role },
  });
  return { user: user!, created: true as const, oneTimePassword };
}
