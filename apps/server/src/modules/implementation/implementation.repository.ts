import { and, asc, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { implementationRecords, interventions, members } from '../../db/schema';

export type ImplementationRow = typeof implementationRecords.$inferSelect;

export async function findRecord(
  ex: Executor,
  associationId: string,
  interventionId: string,
): Promise<ImplementationRow | undefined> {
  const [row] = await ex
    .select()
    .from(implementationRecords)
    .where(
      and(
        eq(implementationRecords.associationId, associationId),
        eq(implementationRecords.interventionId, interventionId),
      ),
    );
  return row;
}

/** The ids of the förbund's members, to check that a receiver or a decision names one of them. */
export async function memberIdsOf(ex: Executor, associationId: string): Promise<Set<string>> {
  const rows = await ex.select({ id: members.id }).from(members).where(eq(members.associationId, associationId));
  return new Set(rows.map((r) => r.id));
}

/**
 * The förbund's insatser that ended within [from, to], with their implementation record when they
 * have one: what the board view counts.
 */
export async function endedInterventions(ex: Executor, associationId: string, from: string, to: string) {
  return ex
    .select({
      id: interventions.id,
      name: interventions.name,
      kind: interventions.kind,
      startDate: interventions.startDate,
      endDate: interventions.endDate,
      goals: interventions.goals,
      status: implementationRecords.status,
      statusHistory: implementationRecords.statusHistory,
      decisions: implementationRecords.decisions,
      barriers: implementationRecords.barriers,
    })
    .from(interventions)
    .leftJoin(
      implementationRecords,
      and(
        eq(implementationRecords.interventionId, interventions.id),
        eq(implementationRecords.associationId, associationId),
      ),
    )
    .where(
      and(
        eq(interventions.associationId, associationId),
        isNotNull(interventions.endDate),
        gte(interventions.endDate, from),
        lte(interventions.endDate, to),
      ),
    )
    .orderBy(asc(interventions.endDate), asc(interventions.name));
}

type RecordValues = Partial<Omit<typeof implementationRecords.$inferInsert, 'id' | 'associationId' | 'interventionId'>>;

/**
 * Writes a record if `version` is still the stored one: version 0 creates it (a second create racing
 * the first finds the row and writes nothing). Undefined when nothing was written: a stale version.
 */
export async function writeRecord(
  ex: Executor,
  associationId: string,
  interventionId: string,
  version: number,
  values: RecordValues,
): Promise<ImplementationRow | undefined> {
  if (version === 0) {
    const [created] = await ex
      .insert(implementationRecords)
      .values({ associationId, interventionId, ...values })
      .onConflictDoNothing()
      .returning();
    return created;
  }
  const [updated] = await ex
    .update(implementationRecords)
    .set({ ...values, version: sql`${implementationRecords.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(implementationRecords.associationId, associationId),
        eq(implementationRecords.interventionId, interventionId),
        eq(implementationRecords.version, version),
      ),
    )
    .returning();
  return updated;
}
