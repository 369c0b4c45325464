import { and, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AssociationScope, AuditQuery } from '@insikt/core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/open-db';
import {
  associations,
  auditLog,
  bodyMembers,
  interventions,
  members,
  participations,
  priceLists,
  roleAssignments,
  socioeconomicAnalyses,
  users,
} from '../../db/schema';

/** Audit entries within the scope, newest first; `to` is inclusive (whole day). */
export async function searchAuditLog(ex: Executor, scope: AssociationScope, query: AuditQuery) {
  const conditions: (SQL | undefined)[] = [];
  if (scope.kind === 'some') {
    if (scope.ids.length === 0) return { total: 0, entries: [] };
    const holders = ex
      .select({ id: roleAssignments.userId })
      .from(roleAssignments)
      .where(inArray(roleAssignments.associationId, scope.ids));
    // Also the sign-ins and other account events of people who hold a role in the association, but
    // not what such a person did to an account held only in another förbund (its name is in the details).
    conditions.push(
      or(
        inArray(auditLog.associationId, scope.ids),
        and(
          sql`${auditLog.associationId} is null`,
          inArray(auditLog.userId, holders),
          or(
            sql`${auditLog.entityType} is distinct from 'user'`,
            sql`${auditLog.entityId} in (select ${roleAssignments.userId}::text from ${roleAssignments} where ${inArray(roleAssignments.associationId, scope.ids)})`,
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

/** The kinds of record an audit entry can name; `actor` is the person who acted. */
export type NamedKind =
  | 'actor'
  | 'user'
  | 'association'
  | 'intervention'
  | 'participation'
  | 'member'
  | 'body_member'
  | 'price_list'
  | 'socioeconomic_analysis';
export interface NameRef {
  kind: NamedKind;
  id: string;
}
export const nameKey = (kind: NamedKind, id: string) => `${kind}:${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names of the records a page of audit entries mentions, in one statement, keyed by
 * nameKey(kind, id). Every branch is limited to the actor's associations, so a record of another
 * förbund stays a bare id even when an entry the actor may see mentions it (e.g. a person with roles
 * in two förbund who edits an account of the other). A participation is named by its insats: the
 * person is pseudonymised and stays so.
 */
export async function namesOf(ex: Executor, scope: AssociationScope, refs: readonly NameRef[]) {
  const ids = (kind: NamedKind) => [
    ...new Set(refs.filter((r) => r.kind === kind && UUID.test(r.id)).map((r) => r.id)),
  ];
  const inScope = (column: AnyPgColumn) =>
    scope.kind === 'all' ? sql`true` : scope.ids.length ? inArray(column, scope.ids) : sql`false`;
  const branch = (kind: NamedKind, build: (wanted: string[]) => SQL) => {
    const wanted = ids(kind);
    return wanted.length ? [build(wanted)] : [];
  };
  const select = (kind: NamedKind, id: AnyPgColumn, name: AnyPgColumn | SQL) =>
    sql`select ${kind}::text as kind, ${id}::text as id, ${name} as name`;
  const branches = [
    // The actor of an entry the actor may see acted in one of their associations or holds a role there.
    ...branch(
      'actor',
      (w) => sql`${select('actor', users.id, users.name)} from ${users} where ${inArray(users.id, w)}`,
    ),
    ...branch(
      'user',
      (w) =>
        sql`${select('user', users.id, users.name)} from ${users} where ${inArray(users.id, w)} and ${
          scope.kind === 'all'
            ? sql`true`
            : sql`exists (select 1 from ${roleAssignments} where ${roleAssignments.userId} = ${users.id} and ${inScope(roleAssignments.associationId)})`
        }`,
    ),
    ...branch(
      'association',
      (w) =>
        sql`${select('association', associations.id, associations.name)} from ${associations} where ${inArray(associations.id, w)} and ${inScope(associations.id)}`,
    ),
    ...branch(
      'intervention',
      (w) =>
        sql`${select('intervention', interventions.id, interventions.name)} from ${interventions} where ${inArray(interventions.id, w)} and ${inScope(interventions.associationId)}`,
    ),
    ...branch(
      'participation',
      (w) =>
        sql`${select('participation', participations.id, interventions.name)} from ${participations} join ${interventions} on ${interventions.id} = ${participations.interventionId} where ${inArray(participations.id, w)} and ${inScope(participations.associationId)}`,
    ),
    ...branch(
      'member',
      (w) =>
        sql`${select('member', members.id, members.name)} from ${members} where ${inArray(members.id, w)} and ${inScope(members.associationId)}`,
    ),
    ...branch(
      'body_member',
      (w) =>
        sql`${select('body_member', bodyMembers.id, bodyMembers.name)} from ${bodyMembers} where ${inArray(bodyMembers.id, w)} and ${inScope(bodyMembers.associationId)}`,
    ),
    ...branch(
      'price_list',
      // The national price list (no association) is read by everyone.
      (w) =>
        sql`${select('price_list', priceLists.id, priceLists.name)} from ${priceLists} where ${inArray(priceLists.id, w)} and (${priceLists.associationId} is null or ${inScope(priceLists.associationId)})`,
    ),
    ...branch(
      'socioeconomic_analysis',
      (w) =>
        sql`${select('socioeconomic_analysis', socioeconomicAnalyses.id, socioeconomicAnalyses.name)} from ${socioeconomicAnalyses} where ${inArray(socioeconomicAnalyses.id, w)} and ${inScope(socioeconomicAnalyses.associationId)}`,
    ),
  ];
  const names = new Map<string, string>();
  if (branches.length === 0) return names;
  const result = await ex.execute(sql.join(branches, sql` union all `));
  for (const row of (result as unknown as { rows: { kind: NamedKind; id: string; name: string }[] }).rows)
    names.set(nameKey(row.kind, row.id), row.name);
  return names;
}
