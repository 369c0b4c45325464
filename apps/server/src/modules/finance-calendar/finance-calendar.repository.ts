import { and, eq, inArray } from 'drizzle-orm';
import { defaultFinanceEvents, type AssociationScope, type FinanceEvent } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { associations } from '../../db/schema';
import { financeCalendars } from './finance-calendar.schema';

export async function calendarOf(ex: Executor, associationId: string) {
  const [row] = await ex.select().from(financeCalendars).where(eq(financeCalendars.associationId, associationId));
  return row;
}

/**
 * Every förbund in `scope` with its cycle (core's defaults where none is saved). The reminder job passes
 * `{ kind: 'all' }`: a platform job, not a user's request.
 */
export async function calendarsIn(ex: Executor, scope: AssociationScope) {
  if (scope.kind === 'some' && scope.ids.length === 0) return [];
  const rows = await ex
    .select({ id: associations.id, name: associations.name, events: financeCalendars.events })
    .from(associations)
    .leftJoin(financeCalendars, eq(financeCalendars.associationId, associations.id))
    .where(scope.kind === 'some' ? inArray(associations.id, scope.ids) : undefined)
    .orderBy(associations.name);
  return rows.map((r) => ({ id: r.id, name: r.name, events: r.events ?? defaultFinanceEvents() }));
}

export async function insertCalendar(ex: Executor, associationId: string, events: FinanceEvent[]) {
  const [row] = await ex.insert(financeCalendars).values({ associationId, events }).onConflictDoNothing().returning();
  return row;
}

export async function updateCalendar(ex: Executor, associationId: string, version: number, events: FinanceEvent[]) {
  const [row] = await ex
    .update(financeCalendars)
    .set({ events, version: version + 1, updatedAt: new Date() })
    .where(and(eq(financeCalendars.associationId, associationId), eq(financeCalendars.version, version)))
    .returning();
  return row;
}
