import { and, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AssociationScope, AuditQuery } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { auditLog, roleAssignments } from '../../db/schema';

/** Audit entries within the scope, newest first; `to` is inclusive (whole day). */
export async function searchAuditLog(ex: Executor, scope: AssociationScope, query: AuditQuery) {
  const conditions: (SQL | undefined)[] = [];
  if (scope.kind === 'some') {
    if (scope.ids.length === 0) return { total: 0, entries: [] };
    // Also the sign-ins and other account events of people who hold a role in the association.
    conditions.push(
      or(
        inArray(auditLog.associationId, scope.ids),
        and(
          sql`${auditLog.associationId} is null`,
          inArray(
            auditLog.userId,
            ex
              .select({ id: roleAssignments.userId })
              .from(roleAssignments)
              .where(inArray(roleAssignments.associationId, scope.ids)),
          ),
        ),
      ),
    );
  }
  if (query.associationId) conditions.push(eq(auditLog.associationId, query.associationId));
  if (query.from) conditions.push(gte(auditLog.at, new Date(`${query.from}T00:00:00`)));
  if (query.to) conditions.push(lt(auditLog.at, new Date(new Date(`${query.to}T00:00:00`).getTime() + 86_400_000)));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(ilike(auditLog.userEmail, pattern), ilike(auditLog.entityId, pattern), ilike(auditLog.ip, pattern)),
    );
  }
  const where = and(...conditions);
  const [count] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  const entries = await ex
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit)
    .offset(query.offset);
  return { total: count?.n ?? 0, entries };
}
