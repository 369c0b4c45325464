import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { yearlyDocuments, type YearlyDocumentKind } from './yearly-documents.schema';

export type YearlyDocumentRow = typeof yearlyDocuments.$inferSelect;

const of = (associationId: string, kind: YearlyDocumentKind) =>
  and(eq(yearlyDocuments.associationId, associationId), eq(yearlyDocuments.kind, kind));

/** Every revision of every year of a kind in the förbund; `approvedOnly` for those who read fastställda only. */
export async function listDocuments(
  ex: Executor,
  associationId: string,
  kind: YearlyDocumentKind,
  approvedOnly: boolean,
): Promise<YearlyDocumentRow[]> {
  return ex
    .select()
    .from(yearlyDocuments)
    .where(and(of(associationId, kind), approvedOnly ? eq(yearlyDocuments.status, 'approved') : undefined))
    .orderBy(asc(yearlyDocuments.year), asc(yearlyDocuments.revision));
}

export async function findDocument(ex: Executor, associationId: string, kind: YearlyDocumentKind, id: string) {
  const [row] = await ex
    .select()
    .from(yearlyDocuments)
    .where(and(of(associationId, kind), eq(yearlyDocuments.id, id)));
  return row;
}

/** The latest revision of a year, if the year has a document. */
export async function latestOfYear(ex: Executor, associationId: string, kind: YearlyDocumentKind, year: number) {
  const [row] = await ex
    .select()
    .from(yearlyDocuments)
    .where(and(of(associationId, kind), eq(yearlyDocuments.year, year)))
    .orderBy(desc(yearlyDocuments.revision))
    .limit(1);
  return row;
}

/** The latest revision of the nearest year before `year`, for "copy last year's". */
export async function latestBefore(ex: Executor, associationId: string, kind: YearlyDocumentKind, year: number) {
  const [row] = await ex
    .select()
    .from(yearlyDocuments)
    .where(and(of(associationId, kind), sql`${yearlyDocuments.year} < ${year}`))
    .orderBy(desc(yearlyDocuments.year), desc(yearlyDocuments.revision))
    .limit(1);
  return row;
}

export async function insertDocument(ex: Executor, values: typeof yearlyDocuments.$inferInsert) {
  const [row] = await ex.insert(yearlyDocuments).values(values).returning();
  return row!;
}

/** Changes a draft at the version the writer read; undefined when the version is stale. */
export async function updateDraft(
  ex: Executor,
  row: YearlyDocumentRow,
  expectedVersion: number,
  values: Partial<
    Pick<
      typeof yearlyDocuments.$inferInsert,
      'content' | 'status' | 'approvedAt' | 'approvedBy' | 'approvedByName' | 'decisionReference'
    >
  >,
) {
  const [updated] = await ex
    .update(yearlyDocuments)
    .set({ ...values, version: sql`${yearlyDocuments.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        of(row.associationId, row.kind),
        eq(yearlyDocuments.id, row.id),
        eq(yearlyDocuments.status, 'draft'),
        eq(yearlyDocuments.version, expectedVersion),
      ),
    )
    .returning();
  return updated;
}
