import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope, authorize } from '../../platform/access-control';
import { administersAllRoles, loadManagedUser, publicUser } from './managed-user';
import { listUsers as listScoped, rolesOf } from './users.repository';
import { listLiveSessions, type SessionPolicy } from '../../platform/sessions';

export async function listUsers(ex: Executor, actor: Actor, filter: { associationId?: string; q?: string }) {
  const scope = associationScope(actor, 'user.manage');
  if (filter.associationId) authorize(actor, 'user.manage', filter.associationId);
  const rows = await listScoped(ex, scope, filter);
  const roles = await rolesOf(
    ex,
    rows.map((u) => u.id),
  );
  return rows.map((u) => publicUser(actor, u, roles.get(u.id) ?? []));
}

export async function getUser(ex: Executor, actor: Actor, userId: string, policy: SessionPolicy) {
  const { user, roles } = await loadManagedUser(ex, actor, userId);
  // Sessions (IP, browser) are the account's own: shown only to whoever administers all of it.
  const sessions = administersAllRoles(actor, roles) ? await listLiveSessions(ex, userId, policy) : [];
  return { ...publicUser(actor, user, roles), sessions };
}
