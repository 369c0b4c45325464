import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { tocContentSchema } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { interventions, members, theoriesOfChange } from '../../db/schema';

export type TheoryOfChangeRow = typeof theoriesOfChange.$inferSelect;

/** The förbund's theories of change, newest edition first within a title; the use case filters by role. */
export async function listTheoriesOfChange(ex: Executor, associationId: string): Promise<TheoryOfChangeRow[]> {
  return ex
    .select()
    .from(theoriesOfChange)
    .where(eq(theoriesOfChange.associationId, associationId))
    .orderBy(asc(theoriesOfChange.title), desc(theoriesOfChange.edition));
}

export async function findTheoryOfChange(
  ex: Executor,
  associationId: string,
  id: string,
): Promise<TheoryOfChangeRow | undefined> {
  const [row] = await ex
    .select()
    .from(theoriesOfChange)
    .where(and(eq(theoriesOfChange.associationId, associationId), eq(theoriesOfChange.id, id)));
  // Read through core's schema, so a document stored before effects had indicators reads with none.
  return row && { ...row, content: tocContentSchema.parse(row.content) };
}

/** The draft that continues an edition, if one was started. */
export async function findSuccessor(ex: Executor, associationId: string, previousId: string) {
  const [row] = await ex
    .select({
      id: theoriesOfChange.id,
      edition: theoriesOfChange.edition,
      status: theoriesOfChange.status,
      interventionIds: theoriesOfChange.interventionIds,
    })
    .from(theoriesOfChange)
    .where(and(eq(theoriesOfChange.associationId, associationId), eq(theoriesOfChange.previousId, previousId)));
  return row;
}

/** Names of the förbund's insatser among `ids` (ids of other förbund are simply not found). */
export async function interventionNames(ex: Executor, associationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await ex
    .select({ id: interventions.id, name: interventions.name })
    .from(interventions)
    .where(and(eq(interventions.associationId, associationId), inArray(interventions.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of the förbund's members (the parties that staff a team) among `ids`. */
export async function memberNames(ex: Executor, associationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await ex
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(and(eq(members.associationId, associationId), inArray(members.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertTheoryOfChangeRow(ex: Executor, values: typeof theoriesOfChange.$inferInsert) {
  const [row] = await ex.insert(theoriesOfChange).values(values).returning();
  return row!;
}

/** Updates a row only when it still has `version`; undefined when someone else changed it first. */
export async function updateTheoryOfChangeRow(
  ex: Executor,
  associationId: string,
  id: string,
  version: number,
  values: Partial<typeof theoriesOfChange.$inferInsert>,
) {
  const [row] = await ex
    .update(theoriesOfChange)
    .set({ ...values, version: sql`${theoriesOfChange.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(theoriesOfChange.associationId, associationId),
        eq(theoriesOfChange.id, id),
        eq(theoriesOfChange.version, version),
      ),
    )
    .returning();
  return row;
}
