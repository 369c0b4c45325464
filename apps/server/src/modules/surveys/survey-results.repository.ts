import { and, asc, eq, sql } from 'drizzle-orm';
import type { CompositeRule } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { surveyComposites } from '../../db/schema';

export type CompositeRow = typeof surveyComposites.$inferSelect;

/** A survey's composite indicators, oldest first (the order they were defined in). */
export async function compositesOf(ex: Executor, associationId: string, surveyId: string): Promise<CompositeRow[]> {
  return ex
    .select()
    .from(surveyComposites)
    .where(and(eq(surveyComposites.associationId, associationId), eq(surveyComposites.surveyId, surveyId)))
    .orderBy(asc(surveyComposites.createdAt), asc(surveyComposites.id));
}

export async function findComposite(ex: Executor, associationId: string, surveyId: string, id: string) {
  const [row] = await ex
    .select()
    .from(surveyComposites)
    .where(
      and(
        eq(surveyComposites.associationId, associationId),
        eq(surveyComposites.surveyId, surveyId),
        eq(surveyComposites.id, id),
      ),
    );
  return row;
}

export async function insertComposite(
  ex: Executor,
  associationId: string,
  surveyId: string,
  rule: CompositeRow['rule'],
): Promise<CompositeRow> {
  const [row] = await ex.insert(surveyComposites).values({ associationId, surveyId, rule }).returning();
  return row!;
}

/** Saves a changed rule if `version` is still the stored one; undefined when it is not (409). */
export async function updateComposite(
  ex: Executor,
  associationId: string,
  id: string,
  version: number,
  rule: CompositeRow['rule'],
): Promise<CompositeRow | undefined> {
  const [row] = await ex
    .update(surveyComposites)
    .set({ rule, version: sql`${surveyComposites.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(surveyComposites.associationId, associationId),
        eq(surveyComposites.id, id),
        eq(surveyComposites.version, version),
      ),
    )
    .returning();
  return row;
}

/** Deletes a rule if `version` is still the stored one; false when it is not (409). */
export async function deleteComposite(ex: Executor, associationId: string, id: string, version: number) {
  const rows = await ex
    .delete(surveyComposites)
    .where(
      and(
        eq(surveyComposites.associationId, associationId),
        eq(surveyComposites.id, id),
        eq(surveyComposites.version, version),
      ),
    )
    .returning({ id: surveyComposites.id });
  return rows.length > 0;
}

/** A stored rule as core's results take it: the row's id is the rule's. */
export const ruleOf = (row: CompositeRow): CompositeRule => ({ id: row.id, ...row.rule });
