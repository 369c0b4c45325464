import { goalSource, todayIso, type ManualGoalValueInput, type ManualGoalValueUpdate } from '@insikt/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/open-db';
import { interventionGoalValues } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorizeIntervention } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors';
import { findGoalValue, findIntervention, type GoalValueRow } from './interventions.repository';

/** What the audit log keeps of a value: everything but who and when (the entry itself says that). */
export const auditedValue = (row: GoalValueRow) => ({
  goalId: row.goalId,
  year: row.year,
  value: row.value,
  source: row.source,
  comment: row.comment,
});

/** A value as the API answers it (`GoalValue`). */
const shownValue = ({ id, goalId, year, value, source, comment, version }: GoalValueRow) => ({
  id,
  goalId,
  year,
  value,
  source,
  comment,
  version,
});

/**
 * The goal a value is entered for: a goal of the insats followed up by hand, which the actor may edit
 * (the insats's editors: its insatsansvarig and the förbundsadministratör). Another förbund's or an
 * unassigned insats is 404, as is a goal the insats does not have.
 */
export async function manualGoalOf(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string,
  goalId: string,
) {
  authorizeIntervention(actor, 'intervention.update', associationId, interventionId);
  const insats = await findIntervention(ex, associationId, interventionId);
  if (!insats) throw notFound('Insatsen');
  const goal = insats.goals.find((g) => g.id === goalId);
  if (!goal) throw notFound('Målet');
  if (goalSource(goal) !== 'manual')
    throw invalid(
      [
        {
          field: 'goalId',
          value: goalId,
          message: 'Målet mäts i Insikt; bara ett mål som följs upp för hand får värden.',
        },
      ],
      'Målet mäts i Insikt; bara ett mål som följs upp för hand får värden.',
    );
  return { insats, goal };
}

/** A value's year lies within the insats's years up to this year, and a share is at most 100 %. */
async function checkValue(
  ex: Executor,
  { insats, goal }: Awaited<ReturnType<typeof manualGoalOf>>,
  input: ManualGoalValueInput,
  valueId: string | null,
) {
  const first = Number(insats.startDate.slice(0, 4));
  const thisYear = Number(todayIso().slice(0, 4));
  const last = Math.min(thisYear, insats.endDate ? Number(insats.endDate.slice(0, 4)) : thisYear);
  if (input.year < first || input.year > last)
    throw invalid([
      {
        field: 'year',
        value: input.year,
        message:
          first > last
            ? 'Insatsen har inte börjat än: ett värde kan registreras från dess första år.'
            : `Året ska ligga inom insatsens år till och med i år (${first}–${last}).`,
      },
    ]);
  if (goal.unit === 'percent' && input.value > 1)
    throw invalid([{ field: 'value', value: input.value, message: 'Ett värde i procent är högst 100 %.' }]);
  const sameYear = await findGoalValue(ex, insats.associationId, insats.id, goal.id!, { year: input.year });
  if (sameYear && sameYear.id !== valueId)
    throw conflict(`Målet har redan ett värde för ${input.year}. Ändra det värdet i stället.`);
}

/** Registers a goal's value for a year, with its source (issue 17 §3). */
export async function createGoalValue(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  goalId: string,
  input: ManualGoalValueInput,
) {
  const target = await manualGoalOf(tx, actor, associationId, interventionId, goalId);
  await checkValue(tx, target, input, null);
  const [row] = await tx
    .insert(interventionGoalValues)
    .values({ associationId, interventionId, goalId, ...input, enteredBy: actor.userId })
    .returning();
  await writeAudit(tx, actor, {
    action: 'intervention.goal_value.create',
    entityType: 'intervention',
    entityId: interventionId,
    associationId,
    details: { after: auditedValue(row!) },
  });
  return shownValue(row!);
}

/** Edits a value; a stale version is refused (409) rather than overwriting someone's change. */
export async function updateGoalValue(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  goalId: string,
  valueId: string,
  input: ManualGoalValueUpdate,
) {
  const target = await manualGoalOf(tx, actor, associationId, interventionId, goalId);
  const before = await findGoalValue(tx, associationId, interventionId, goalId, { id: valueId });
  if (!before) throw notFound('Värdet');
  const { version, ...fields } = input;
  await checkValue(tx, target, fields, valueId);
  const [row] = await tx
    .update(interventionGoalValues)
    .set({
      ...fields,
      enteredBy: actor.userId,
      version: sql`${interventionGoalValues.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(interventionGoalValues.id, valueId), eq(interventionGoalValues.version, version)))
    .returning();
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'intervention.goal_value.update',
    entityType: 'intervention',
    entityId: interventionId,
    associationId,
    details: { before: auditedValue(before), after: auditedValue(row) },
  });
  return shownValue(row);
}
