import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { AssociationScope, RoleAssignment, RoleCode } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { associations, roleAssignments, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(ex: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await ex.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row;
}

export async function findUserById(ex: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await ex.select().from(users).where(eq(users.id, id));
  return row;
}

export interface RoleRow extends RoleAssignment {
  id: string;
  associationName: string | null;
  interventionIds: string[];
}

export async function rolesOf(ex: Executor, userIds: readonly string[]): Promise<Map<string, RoleRow[]>> {
  const result = new Map<string, RoleRow[]>();
  if (userIds.length === 0) return result;
  const rows = await ex
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      associationId: roleAssignments.associationId,
      associationName: associations.name,
      interventionIds: sql<string[]>`coalesce((select array_agg(ri.intervention_id::text order by ri.intervention_id)
        from role_interventions ri where ri.role_assignment_id = ${roleAssignments.id}), '{}')`,
    })
    .from(roleAssignments)
    .leftJoin(associations, eq(associations.id, roleAssignments.associationId))
    .where(inArray(roleAssignments.userId, [...userIds]))
    .orderBy(asc(associations.name), asc(roleAssignments.role));
  for (const row of rows) {
    const list = result.get(row.userId) ?? [];
    list.push({
      id: row.id,
      role: row.role as RoleCode,
      associationId: row.associationId,
      associationName: row.associationName,
      interventionIds: row.interventionIds,
    });
    result.set(row.userId, list);
  }
  return result;
}

/**
 * Users visible to an administrator: those holding a role in one of the scoped associations.
 * A system administrator (scope "all") also sees users without any role.
 */
export async function listUsers(ex: Executor, scope: AssociationScope, filter: { associationId?: string; q?: string }) {
  const conditions = [];
  if (scope.kind === 'some' || filter.associationId) {
    const ids = filter.associationId ? [filter.associationId] : scope.kind === 'some' ? scope.ids : [];
    if (ids.length === 0) return [];
    conditions.push(
      inArray(
        users.id,
        ex
          .select({ id: roleAssignments.userId })
          .from(roleAssignments)
          .where(inArray(roleAssignments.associationId, ids)),
      ),
    );
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.name, pattern)));
  }
  return ex
    .select()
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(users.name))
    .limit(1000);
}

export async function countUsers(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}
