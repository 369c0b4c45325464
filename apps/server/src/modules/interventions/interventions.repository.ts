import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { InterventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { interventionGoalValues, interventions, roleAssignments, roleInterventions, users } from '../../db/schema';

export type InterventionRow = typeof interventions.$inferSelect;
export type GoalValueRow = typeof interventionGoalValues.$inferSelect;

export async function listInterventions(ex: Executor, associationId: string, scope: InterventionScope) {
  if (scope.kind === 'some' && scope.ids.length === 0) return [];
  return ex
    .select()
    .from(interventions)
    .where(
      and(
        eq(interventions.associationId, associationId),
        scope.kind === 'some' ? inArray(interventions.id, scope.ids) : undefined,
      ),
    )
    .orderBy(asc(interventions.name));
}

/** The catalogue columns of the association's insatser: nothing that names people, no budgets or goals. */
export async function listCatalogue(ex: Executor, associationId: string) {
  return ex
    .select({
      id: interventions.id,
      associationId: interventions.associationId,
      name: interventions.name,
      kind: interventions.kind,
      status: interventions.status,
      startDate: interventions.startDate,
      endDate: interventions.endDate,
    })
    .from(interventions)
    .where(eq(interventions.associationId, associationId))
    .orderBy(asc(interventions.name));
}

export async function findIntervention(
  ex: Executor,
  associationId: string,
  id: string,
): Promise<InterventionRow | undefined> {
  const [row] = await ex
    .select()
    .from(interventions)
    .where(and(eq(interventions.associationId, associationId), eq(interventions.id, id)));
  return row;
}

export async function findInterventionByName(ex: Executor, associationId: string, name: string) {
  const [row] = await ex
    .select({ id: interventions.id, name: interventions.name })
    .from(interventions)
    .where(and(eq(interventions.associationId, associationId), sql`lower(${interventions.name}) = lower(${name})`));
  return row;
}

/** The people assigned to an intervention through intervention-scoped roles. */
export async function staffOf(ex: Executor, associationId: string, interventionId: string) {
  return ex
    .select({
      roleAssignmentId: roleAssignments.id,
      role: roleAssignments.role,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(roleInterventions)
    .innerJoin(roleAssignments, eq(roleAssignments.id, roleInterventions.roleAssignmentId))
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleInterventions.interventionId, interventionId), eq(roleAssignments.associationId, associationId)))
    .orderBy(asc(roleAssignments.role), asc(users.name));
}

/** The rows of one insats's goal values, always within its förbund. */
const ofInsats = (associationId: string, interventionId: string) =>
  and(
    eq(interventionGoalValues.associationId, associationId),
    eq(interventionGoalValues.interventionId, interventionId),
  );

/** The values entered by hand for an insats's goals (decision 0062), by goal and year. */
export async function goalValuesOf(ex: Executor, associationId: string, interventionId: string) {
  return ex
    .select()
    .from(interventionGoalValues)
    .where(ofInsats(associationId, interventionId))
    .orderBy(asc(interventionGoalValues.goalId), asc(interventionGoalValues.year));
}

/** One value of a goal, by its id or by its year. */
export async function findGoalValue(
  ex: Executor,
  associationId: string,
  interventionId: string,
  goalId: string,
  where: { id: string } | { year: number },
): Promise<GoalValueRow | undefined> {
  const [row] = await ex
    .select()
    .from(interventionGoalValues)
    .where(
      and(
        ofInsats(associationId, interventionId),
        eq(interventionGoalValues.goalId, goalId),
        'id' in where ? eq(interventionGoalValues.id, where.id) : eq(interventionGoalValues.year, where.year),
      ),
    );
  return row;
}

/** Deletes the values of every goal of the insats but `keep` (goals removed or no longer followed up by hand). */
export async function deleteGoalValuesExcept(
  ex: Executor,
  associationId: string,
  interventionId: string,
  keep: readonly string[],
) {
  return ex
    .delete(interventionGoalValues)
    .where(
      and(
        ofInsats(associationId, interventionId),
        keep.length ? notInArray(interventionGoalValues.goalId, [...keep]) : undefined,
      ),
    )
    .returning();
}
