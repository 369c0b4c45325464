import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { interventions, surveyDistributions, surveyLinks, surveyResponses, surveys } from '../../db/schema';

export type SurveyRow = typeof surveys.$inferSelect;
export type DistributionRow = typeof surveyDistributions.$inferSelect;
export type LinkRow = typeof surveyLinks.$inferSelect;

export async function listSurveys(ex: Executor, associationId: string): Promise<SurveyRow[]> {
  return ex.select().from(surveys).where(eq(surveys.associationId, associationId)).orderBy(asc(surveys.name));
}

export async function findSurvey(ex: Executor, associationId: string, id: string): Promise<SurveyRow | undefined> {
  const [row] = await ex
    .select()
    .from(surveys)
    .where(and(eq(surveys.associationId, associationId), eq(surveys.id, id)));
  return row;
}

export async function findSurveyByName(ex: Executor, associationId: string, name: string) {
  const [row] = await ex
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.associationId, associationId), eq(surveys.name, name)));
  return row;
}

/**
 * Locks the survey's row, so a wording change and a first answer cannot pass each other: a change
 * takes it for update, an answer for share (answers do not wait for each other).
 */
export async function lockSurvey(ex: Executor, associationId: string, id: string, mode: 'update' | 'share') {
  const strength = mode === 'update' ? sql`for update` : sql`for share`;
  await ex.execute(
    sql`select id from ${surveys} where ${surveys.associationId} = ${associationId} and ${surveys.id} = ${id} ${strength}`,
  );
}

export async function distributionsOf(ex: Executor, associationId: string, surveyIds: string[]) {
  if (surveyIds.length === 0) return [];
  return ex
    .select()
    .from(surveyDistributions)
    .where(and(eq(surveyDistributions.associationId, associationId), inArray(surveyDistributions.surveyId, surveyIds)))
    .orderBy(asc(surveyDistributions.opensOn), asc(surveyDistributions.createdAt));
}

export async function findDistribution(
  ex: Executor,
  associationId: string,
  surveyId: string,
  id: string,
): Promise<DistributionRow | undefined> {
  const [row] = await ex
    .select()
    .from(surveyDistributions)
    .where(
      and(
        eq(surveyDistributions.associationId, associationId),
        eq(surveyDistributions.surveyId, surveyId),
        eq(surveyDistributions.id, id),
      ),
    );
  return row;
}

/** A distribution's links with their insats's name, in the order of the names. */
export async function linksOf(ex: Executor, associationId: string, distributionId: string) {
  return ex
    .select({
      id: surveyLinks.id,
      token: surveyLinks.token,
      interventionId: surveyLinks.interventionId,
      interventionName: interventions.name,
    })
    .from(surveyLinks)
    .leftJoin(interventions, eq(interventions.id, surveyLinks.interventionId))
    .where(and(eq(surveyLinks.associationId, associationId), eq(surveyLinks.distributionId, distributionId)))
    .orderBy(asc(interventions.name));
}

/** The number of answers and the sum of their record keys per distribution (for the cell-key method). */
export async function responseCounts(ex: Executor, associationId: string, distributionIds: string[]) {
  if (distributionIds.length === 0) return new Map<string, { count: number; keySum: number }>();
  const rows = await ex
    .select({
      distributionId: surveyResponses.distributionId,
      count: sql<number>`count(*)::int`,
      keySum: sql<number>`coalesce(sum(${surveyResponses.recordKey}), 0)::int`,
    })
    .from(surveyResponses)
    .where(
      and(eq(surveyResponses.associationId, associationId), inArray(surveyResponses.distributionId, distributionIds)),
    )
    .groupBy(surveyResponses.distributionId);
  return new Map(rows.map((r) => [r.distributionId, { count: Number(r.count), keySum: Number(r.keySum) }]));
}

/** Whether any answer exists for the survey: from then on its wording is frozen. */
export async function hasResponses(ex: Executor, associationId: string, surveyId: string): Promise<boolean> {
  const [row] = await ex
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .innerJoin(surveyDistributions, eq(surveyDistributions.id, surveyResponses.distributionId))
    .where(and(eq(surveyResponses.associationId, associationId), eq(surveyDistributions.surveyId, surveyId)))
    .limit(1);
  return row !== undefined;
}

/** Which of `ids` are insatser of the förbund. */
export async function interventionsIn(ex: Executor, associationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return ex
    .select({ id: interventions.id, name: interventions.name })
    .from(interventions)
    .where(and(eq(interventions.associationId, associationId), inArray(interventions.id, ids)));
}
