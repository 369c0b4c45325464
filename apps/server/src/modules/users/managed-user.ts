import { can } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { AppError, notFound } from '../../platform/errors';
import { findUserById, rolesOf, type RoleRow } from './users.repository';

/**
 * A user the actor administers: a system administrator administers everyone, an association
 * administrator the users holding a role in their association. Anyone else gets 404.
 */
export async function loadManagedUser(ex: Executor, actor: Actor, userId: string) {
  authorize(actor, 'user.manage');
  const user = await findUserById(ex, userId);
  if (!user) throw notFound('Användaren');
  const roles = (await rolesOf(ex, [userId])).get(userId) ?? [];
  if (!managesUser(actor, roles)) throw notFound('Användaren');
  return { user, roles };
}

/** Whether the actor administers a user with these roles at all (a system administrator: everyone). */
export function managesUser(actor: Actor, roles: readonly RoleRow[]): boolean {
  return can(actor.roles, 'user.manage', null) || roles.some((r) => can(actor.roles, 'user.manage', r.associationId));
}

/**
 * Whether every role of the user lies where the actor administers. Only then may the actor touch
 * the account's identity (name, password, sessions, activity): an association administrator
 * otherwise manages only the roles in its own förbund (issue 11 §2, decision 0016).
 */
export function administersAllRoles(actor: Actor, roles: readonly RoleRow[]): boolean {
  return roles.every((r) => can(actor.roles, 'user.manage', r.associationId));
}

export const onlyRoles = () =>
  new AppError(
    403,
    'forbidden',
    'Användaren har roller i andra förbund. Du kan ändra rollerna i ditt förbund; namn, lösenord och sessioner sköter användaren själv eller en systemadministratör.',
  );

/**
 * A user as an administrator may see it: roles in associations the administrator does not
 * manage are left out, so no förbund learns about another's staff.
 */
export function publicUser(
  actor: Actor,
  user: {
    id: string;
    email: string;
    name: string;
    active: boolean;
    mustChangePassword: boolean;
    lockedUntil: Date | null;
    lastLoginAt: Date | null;
    version: number;
    createdAt: Date;
  },
  roles: readonly RoleRow[],
) {
  const visible = roles.filter((r) => can(actor.roles, 'user.manage', r.associationId));
  // Activity and lock state belong to the account's owner when it is used in other förbund too.
  const whole = administersAllRoles(actor, roles);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: whole && user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil : null,
    lastLoginAt: whole ? user.lastLoginAt : null,
    manageable: whole,
    version: user.version,
    createdAt: user.createdAt,
    roles: visible.map(({ id, role, associationId, associationName }) => ({
      id,
      role,
      associationId,
      associationName,
    })),
  };
}
