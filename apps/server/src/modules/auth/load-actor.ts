import { eq, sql } from 'drizzle-orm';
import type { RoleCode } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { sessions, users } from '../../db/schema';
import type { Actor, Origin } from '../../platform/actor';
import { hashSessionToken, sessionLiveness, touchSession, type SessionPolicy } from '../../platform/sessions';

const sessionActorQuery = (ex: Executor) =>
  ex
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      roles: sql<{ role: RoleCode; associationId: string | null; interventionIds: string[] }[]>`coalesce((
        select json_agg(json_build_object(
          'role', ra.role,
          'associationId', ra.association_id,
          'interventionIds', coalesce((select array_agg(ri.intervention_id::text order by ri.intervention_id)
            from role_interventions ri where ri.role_assignment_id = ra.id), '{}')))
        from role_assignments ra where ra.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    // Prepared once per connection: PostgreSQL then parses and plans it once, not per request.
    .prepare('session_actor');

const prepared = new WeakMap<Executor, ReturnType<typeof sessionActorQuery>>();

/**
 * The actor behind a session cookie, or null when the session is dead or the account has been
 * deactivated. Session, account and roles come in one query: it runs before every request, and
 * roles are read afresh each time so a revoked role stops working at once.
 */
export async function actorForSession(
  ex: Executor,
  token: string,
  policy: SessionPolicy,
  origin: Origin,
): Promise<Actor | null> {
  let query = prepared.get(ex);
  if (!query) prepared.set(ex, (query = sessionActorQuery(ex)));
  const [row] = await query.execute({ tokenHash: hashSessionToken(token) });
  if (!row) return null;
  const { live, touch } = sessionLiveness(row, policy);
  if (!live || !row.active) return null;
  if (touch) await touchSession(ex, row.sessionId);
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    roles: row.roles,
    sessionId: row.sessionId,
    mustChangePassword: row.mustChangePassword,
    origin,
  };
}
