import { and, asc, desc, eq, getTableColumns, isNull, lt, sql } from 'drizzle-orm';
import type { SelfAssessmentKind, TemplateField } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { interventions, selfAssessments, selfAssessmentTemplates } from '../../db/schema';

export type SelfAssessmentRow = typeof selfAssessments.$inferSelect;
export type SelfAssessmentRecord = SelfAssessmentRow & { interventionName: string | null };
export type TemplateRow = typeof selfAssessmentTemplates.$inferSelect;

const withName = { ...getTableColumns(selfAssessments), interventionName: interventions.name };
const scopeIs = (interventionId: string | null) =>
  interventionId ? eq(selfAssessments.interventionId, interventionId) : isNull(selfAssessments.interventionId);

function selectAssessments(ex: Executor) {
  return ex
    .select(withName)
    .from(selfAssessments)
    .leftJoin(interventions, eq(interventions.id, selfAssessments.interventionId));
}

/** One assessment; `lock` holds its row until the transaction ends (fastställande and evidence changes queue). */
export async function findAssessment(ex: Executor, associationId: string, id: string, lock = false) {
  const query = selectAssessments(ex).where(
    and(eq(selfAssessments.associationId, associationId), eq(selfAssessments.id, id)),
  );
  const [row] = lock ? await query.for('update', { of: selfAssessments }) : await query;
  return row as SelfAssessmentRecord | undefined;
}

/** Every edition of the förbund's assessments, optionally of one year or one scope (null: the förbund's own). */
export async function listAssessments(
  ex: Executor,
  associationId: string,
  filter: { year?: number; interventionId?: string | null } = {},
): Promise<SelfAssessmentRecord[]> {
  return selectAssessments(ex)
    .where(
      and(
        eq(selfAssessments.associationId, associationId),
        filter.year === undefined ? undefined : eq(selfAssessments.year, filter.year),
        filter.interventionId === undefined ? undefined : scopeIs(filter.interventionId),
      ),
    )
    .orderBy(asc(selfAssessments.year), asc(selfAssessments.edition)) as Promise<SelfAssessmentRecord[]>;
}

/** The newest year before `year` in which the scope has an assessment, with that year's editions. */
export async function editionsOfYearBefore(
  ex: Executor,
  associationId: string,
  interventionId: string | null,
  year: number,
): Promise<SelfAssessmentRow[]> {
  const [latest] = await ex
    .select({ year: selfAssessments.year })
    .from(selfAssessments)
    .where(
      and(eq(selfAssessments.associationId, associationId), scopeIs(interventionId), lt(selfAssessments.year, year)),
    )
    .orderBy(desc(selfAssessments.year))
    .limit(1);
  if (!latest) return [];
  return editionsOf(ex, associationId, interventionId, latest.year);
}

export async function editionsOf(ex: Executor, associationId: string, interventionId: string | null, year: number) {
  return ex
    .select()
    .from(selfAssessments)
    .where(
      and(eq(selfAssessments.associationId, associationId), scopeIs(interventionId), eq(selfAssessments.year, year)),
    )
    .orderBy(asc(selfAssessments.edition));
}

export async function insertAssessment(ex: Executor, values: typeof selfAssessments.$inferInsert) {
  const [row] = await ex.insert(selfAssessments).values(values).returning();
  return row!;
}

/** Changes a draft at the version the client read; undefined when the version or status no longer match. */
export async function updateDraft(
  ex: Executor,
  associationId: string,
  id: string,
  version: number,
  set: Partial<
    Pick<SelfAssessmentRow, 'fields' | 'status' | 'approvedAt' | 'approvedBy' | 'approvedByName' | 'decisionReference'>
  >,
) {
  const [row] = await ex
    .update(selfAssessments)
    .set({ ...set, version: sql`${selfAssessments.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(selfAssessments.associationId, associationId),
        eq(selfAssessments.id, id),
        eq(selfAssessments.version, version),
        eq(selfAssessments.status, 'draft'),
      ),
    )
    .returning();
  return row;
}

export async function findTemplate(ex: Executor, associationId: string, kind: SelfAssessmentKind) {
  const [row] = await ex
    .select()
    .from(selfAssessmentTemplates)
    .where(and(eq(selfAssessmentTemplates.associationId, associationId), eq(selfAssessmentTemplates.kind, kind)));
  return row;
}

export async function insertTemplate(
  ex: Executor,
  associationId: string,
  kind: SelfAssessmentKind,
  fields: TemplateField[],
) {
  const [row] = await ex.insert(selfAssessmentTemplates).values({ associationId, kind, fields }).returning();
  return row!;
}

export async function updateTemplate(ex: Executor, id: string, version: number, fields: TemplateField[]) {
  const [row] = await ex
    .update(selfAssessmentTemplates)
    .set({ fields, version: sql`${selfAssessmentTemplates.version} + 1`, updatedAt: new Date() })
    .where(and(eq(selfAssessmentTemplates.id, id), eq(selfAssessmentTemplates.version, version)))
    .returning();
  return row;
}

/** The förbund's insatser (id, name) for the niofält overview. */
export async function interventionNames(ex: Executor, associationId: string) {
  return ex
    .select({ id: interventions.id, name: interventions.name })
    .from(interventions)
    .where(eq(interventions.associationId, associationId))
    .orderBy(asc(interventions.name));
}

/**
 * Serialises the creation of editions of one scope and year until the transaction ends, so two
 * people starting the same year's assessment at once get a 409 rather than a unique-key failure.
 */
export async function lockScopeYear(ex: Executor, associationId: string, interventionId: string | null, year: number) {
  await ex.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`self_assessment:${associationId}:${interventionId ?? '-'}:${year}`}))`,
  );
}
