import { and, desc, eq, sql } from 'drizzle-orm';
import type { Gender } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { interventions, socioeconomicAnalyses } from '../../db/schema';

export interface SituationRow {
  gender: Gender;
  workHoursBefore: number | null;
  studyHoursBefore: number | null;
  supportBefore: string[];
  workHoursAfter: number | null;
  studyHoursAfter: number | null;
  supportAfter: string[];
  count: number;
}

/**
 * The exited participations of an insats in a period (exit in the period, never
 * `felregistrering`), counted per distinct registration of hours and support: the analysis
 * needs nothing else, and no row identifies a person.
 */
export async function exitedSituations(
  ex: Executor,
  interventionId: string,
  from: string,
  to: string,
  gender: Gender | null,
): Promise<SituationRow[]> {
  const result = await ex.execute(sql`
    select gender, work_hours_before, study_hours_before, support_before,
           work_hours_after, study_hours_after, support_after, count(*)::int as count
    from participations
    where intervention_id = ${interventionId}::uuid
      and exit_date between ${from}::date and ${to}::date
      and exit_reason is distinct from 'felregistrering'
      and ${gender ? sql`gender = ${gender}` : sql`true`}
    group by 1, 2, 3, 4, 5, 6, 7
    order by count(*) desc`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    gender: r.gender as Gender,
    workHoursBefore: r.work_hours_before as number | null,
    studyHoursBefore: r.study_hours_before as number | null,
    supportBefore: r.support_before as string[],
    workHoursAfter: r.work_hours_after as number | null,
    studyHoursAfter: r.study_hours_after as number | null,
    supportAfter: r.support_after as string[],
    count: Number(r.count),
  }));
}

export type AnalysisRecord = typeof socioeconomicAnalyses.$inferSelect;

export async function insertAnalysis(ex: Executor, values: typeof socioeconomicAnalyses.$inferInsert) {
  const [row] = await ex.insert(socioeconomicAnalyses).values(values).returning();
  return row!;
}

export async function findAnalysis(ex: Executor, interventionId: string, id: string) {
  const [row] = await ex
    .select({ analysis: socioeconomicAnalyses, interventionName: interventions.name })
    .from(socioeconomicAnalyses)
    .innerJoin(interventions, eq(interventions.id, socioeconomicAnalyses.interventionId))
    .where(and(eq(socioeconomicAnalyses.interventionId, interventionId), eq(socioeconomicAnalyses.id, id)));
  return row && { ...row.analysis, interventionName: row.interventionName };
}

/** Saved analyses, newest first, with the insats's name (for lists and comparisons). */
export async function listAnalyses(
  ex: Executor,
  where: { associationId: string; interventionIds?: string[] | 'all' },
): Promise<(AnalysisRecord & { interventionName: string })[]> {
  const scope =
    where.interventionIds === undefined || where.interventionIds === 'all'
      ? sql`true`
      : where.interventionIds.length
        ? sql`${socioeconomicAnalyses.interventionId} in (${sql.join(
            where.interventionIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`false`;
  const rows = await ex
    .select({ analysis: socioeconomicAnalyses, interventionName: interventions.name })
    .from(socioeconomicAnalyses)
    .innerJoin(interventions, eq(interventions.id, socioeconomicAnalyses.interventionId))
    .where(and(eq(socioeconomicAnalyses.associationId, where.associationId), scope))
    .orderBy(desc(socioeconomicAnalyses.createdAt));
  return rows.map((r) => ({ ...r.analysis, interventionName: r.interventionName }));
}
