import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { InterventionScope, KeyedActivity } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { interventions, members } from '../../db/schema';
import { rowsOf } from '../reports/reports.repository';
import { versionedRows } from './versioned-rows';
import { structuralActivities } from './structural.schema';

export type ActivityRow = typeof structuralActivities.$inferSelect;
export type ActivityValues = Omit<
  typeof structuralActivities.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt'
>;

/** The structural insatser of a förbund within a scope (an insatsansvarig's or utvärderare's own). */
export async function structuralInterventions(ex: Executor, associationId: string, scope: InterventionScope) {
  if (scope.kind === 'some' && scope.ids.length === 0) return [];
  return ex
    .select({ id: interventions.id, name: interventions.name })
    .from(interventions)
    .where(
      and(
        eq(interventions.associationId, associationId),
        eq(interventions.kind, 'structural'),
        scope.kind === 'some' ? inArray(interventions.id, scope.ids) : undefined,
      ),
    )
    .orderBy(asc(interventions.name));
}

/** One insats of the förbund, with its kind (activities belong to structural ones only). */
export async function findIntervention(ex: Executor, associationId: string, interventionId: string) {
  const [row] = await ex
    .select({ id: interventions.id, name: interventions.name, kind: interventions.kind })
    .from(interventions)
    .where(and(eq(interventions.associationId, associationId), eq(interventions.id, interventionId)));
  return row ?? null;
}

/** The förbund's members, the organisations an activity's attendance names. */
export async function memberNames(ex: Executor, associationId: string) {
  return ex
    .select({ id: members.id, name: members.name, kind: members.kind })
    .from(members)
    .where(eq(members.associationId, associationId))
    .orderBy(asc(members.name));
}

// Every read of activities is scoped by the förbund and the insats.
const inInsats = (associationId: string, interventionId: string) =>
  and(eq(structuralActivities.associationId, associationId), eq(structuralActivities.interventionId, interventionId));

export async function activitiesOf(ex: Executor, associationId: string, interventionId: string) {
  return ex
    .select()
    .from(structuralActivities)
    .where(inInsats(associationId, interventionId))
    .orderBy(desc(structuralActivities.date), asc(structuralActivities.topic));
}

export async function findActivity(ex: Executor, associationId: string, interventionId: string, id: string) {
  const [row] = await ex
    .select()
    .from(structuralActivities)
    .where(and(inInsats(associationId, interventionId), eq(structuralActivities.id, id)));
  return row ?? null;
}

// An import may hold 20 000 activities; one statement would exceed PostgreSQL's 65 535 bound parameters.
const INSERT_CHUNK = 1000;

export async function insertActivities(ex: Executor, values: ActivityValues[]): Promise<ActivityRow[]> {
  const rows: ActivityRow[] = [];
  for (let i = 0; i < values.length; i += INSERT_CHUNK)
    rows.push(
      ...(await ex
        .insert(structuralActivities)
        .values(values.slice(i, i + INSERT_CHUNK))
        .returning()),
    );
  return rows;
}

// Written and deleted with the version the user read (a 409 otherwise).
const versioned = versionedRows(structuralActivities);
export const writeActivity = versioned.write;
export const deleteActivity = versioned.remove;

// A record is one gender block of one organisation at one activity; its key is a keyed hash of
// that block's identity with the server's secret seed, as participations' keys are (decision 0015).
// Its participant-hours get a second, independent key ('wh', 'mh', 'uh'): see decision 0066.
const blockKey = (gender: string, seed: string | undefined) =>
  seed === undefined
    ? sql`0`
    : sql`(hashtextextended(a.id::text || ':' || (e->>'organisationId') || ':' || ${gender}, ${seed}::bigint) & 255)`;

/**
 * The activities of these insatser within whole years, with each attendance block's record keys
 * (0 for an exact report, so an exact report costs nothing extra).
 */
export async function keyedActivities(
  ex: Executor,
  associationId: string,
  interventionIds: readonly string[],
  from: string,
  to: string,
  seed: string | undefined,
): Promise<KeyedActivity[]> {
  if (interventionIds.length === 0) return [];
  const ids = sql.join(
    interventionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await ex.execute(sql`
    select a.id, a.intervention_id as "interventionId", a.date::text as date, a.kind, a.hours,
      coalesce(jsonb_agg(jsonb_build_object(
        'organisationId', e->>'organisationId',
        'women', (e->>'women')::int, 'men', (e->>'men')::int, 'unknown', (e->>'unknown')::int,
        'keys', jsonb_build_object('women', ${blockKey('w', seed)}, 'men', ${blockKey('m', seed)},
          'unknown', ${blockKey('u', seed)}),
        'hourKeys', jsonb_build_object('women', ${blockKey('wh', seed)}, 'men', ${blockKey('mh', seed)},
          'unknown', ${blockKey('uh', seed)}))) filter (where e is not null), '[]'::jsonb) as attendance
    from ${structuralActivities} a
    left join lateral jsonb_array_elements(a.attendance) e on true
    where a.association_id = ${associationId} and a.intervention_id in (${ids})
      and a.date >= ${from} and a.date <= ${to}
    group by a.id
    order by a.date, a.id`);
  return (rowsOf(result) as unknown as KeyedActivity[]).map((r) => ({ ...r, hours: Number(r.hours) }));
}
