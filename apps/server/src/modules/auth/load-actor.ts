import type { Executor } from '../../db/open-db';
import type { Actor, Origin } from '../../platform/actor';
import { findUserById, rolesOf } from '../users/users.repository';

/** The actor behind a live session, or null when the account has since been deactivated. */
export async function loadActor(
  ex: Executor,
  userId: string,
  sessionId: string,
  origin: Origin,
): Promise<Actor | null> {
  const user = await findUserById(ex, userId);
  if (!user || !user.active) return null;
  const roles = (await rolesOf(ex, [userId])).get(userId) ?? [];
  return {
    userId,
    email: user.email,
    name: user.name,
    roles: roles.map(({ role, associationId, interventionIds }) => ({ role, associationId, interventionIds })),
    sessionId,
    mustChangePassword: user.mustChangePassword,
    origin,
  };
}
