import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { KeyedActualisation } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { interventions, participations, persons } from '../../db/schema';
import { shownReference } from '../participants/participants.repository';
import { rowsOf } from '../reports/reports.repository';
import { versionedRows } from './versioned-rows';
import { structuralActualisations } from './structural.schema';

export type ActualisationRow = typeof structuralActualisations.$inferSelect;
export type ActualisationValues = Omit<
  typeof structuralActualisations.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt'
>;

// Every read of aktualiseringar is scoped by the förbund and the insats.
const inInsats = (associationId: string, interventionId: string) =>
  and(
    eq(structuralActualisations.associationId, associationId),
    eq(structuralActualisations.interventionId, interventionId),
  );

/**
 * The aktualiseringar of one insats, newest first, each with its linked participation's insats, dates
 * and pseudonym (the caller shows them only to those who may read that participation).
 */
export async function actualisationsOf(
  ex: Executor,
  associationId: string,
  interventionId: string,
  wholeAssociation: boolean,
) {
  return ex
    .select({
      actualisation: structuralActualisations,
      participation: {
        interventionId: participations.interventionId,
        interventionName: interventions.name,
        reference: shownReference(wholeAssociation),
        startDate: participations.startDate,
        exitDate: participations.exitDate,
      },
    })
    .from(structuralActualisations)
    .leftJoin(
      participations,
      and(
        eq(participations.id, structuralActualisations.participationId),
        eq(participations.associationId, associationId),
      ),
    )
    .leftJoin(interventions, eq(interventions.id, participations.interventionId))
    .leftJoin(persons, eq(persons.id, participations.personId))
    .where(inInsats(associationId, interventionId))
    .orderBy(desc(structuralActualisations.date), asc(structuralActualisations.createdAt));
}

export async function findActualisation(ex: Executor, associationId: string, interventionId: string, id: string) {
  const [row] = await ex
    .select()
    .from(structuralActualisations)
    .where(and(inInsats(associationId, interventionId), eq(structuralActualisations.id, id)));
  return row ?? null;
}

/** A participation of the same förbund a case may link to, with its insats; null for any other. */
export async function findLinkable(ex: Executor, associationId: string, participationId: string) {
  const [row] = await ex
    .select({ id: participations.id, interventionId: participations.interventionId })
    .from(participations)
    .where(and(eq(participations.associationId, associationId), eq(participations.id, participationId)));
  return row ?? null;
}

export async function insertActualisation(ex: Executor, values: ActualisationValues): Promise<ActualisationRow> {
  const [row] = await ex.insert(structuralActualisations).values(values).returning();
  return row!;
}

// Written and deleted with the version the user read (a 409 otherwise).
const versioned = versionedRows(structuralActualisations);
export const writeActualisation = versioned.write;
export const deleteActualisation = versioned.remove;

/**
 * The aktualiseringar of these insatser within whole years, each with its record key (0 for an exact
 * report) and its linked participation's exit: ended or not, and the situation at exit when one was
 * recorded. A felregistrering is no participation. One query; no participant leaves it but as facts.
 */
export async function keyedActualisations(
  ex: Executor,
  associationId: string,
  within: { interventionIds: readonly string[]; from: string; to: string; seed: string | undefined },
): Promise<KeyedActualisation[]> {
  const { interventionIds, from, to, seed } = within;
  if (interventionIds.length === 0) return [];
  const key = seed === undefined ? sql`0` : sql`(hashtextextended(a.id::text, ${seed}::bigint) & 255)`;
  const result = await ex.execute(sql`
    select a.date::text as date, a.raised_by as "raisedBy", a.gender, a.decision, ${key} as key,
      p.id is not null as linked, p.exit_date is not null as exited,
      (cardinality(p.occupation_after) > 0 or cardinality(p.support_after) > 0
        or p.work_hours_after is not null or p.study_hours_after is not null) as known,
      p.work_hours_after as "workHours", p.study_hours_after as "studyHours",
      p.occupation_after as occupation, p.support_after as support
    from ${structuralActualisations} a
    left join participations p on p.id = a.participation_id and p.association_id = a.association_id
      and p.exit_reason is distinct from 'felregistrering'
    where a.association_id = ${associationId}
      and a.intervention_id = any(${`{${interventionIds.join(',')}}`}::uuid[])
      and a.date >= ${from} and a.date <= ${to}
    order by a.date, a.id`);
  return rowsOf(result).map((r) => ({
    date: String(r.date),
    raisedBy: String(r.raisedBy),
    gender: (r.gender as KeyedActualisation['gender']) ?? null,
    decision: r.decision as KeyedActualisation['decision'],
    key: Number(r.key),
    participation: r.linked
      ? {
          exited: Boolean(r.exited),
          atExit:
            r.exited && r.known
              ? {
                  workHours: r.workHours === null ? null : Number(r.workHours),
                  studyHours: r.studyHours === null ? null : Number(r.studyHours),
                  occupation: (r.occupation as string[] | null) ?? [],
                  support: (r.support as string[] | null) ?? [],
                }
              : null,
        }
      : null,
  }));
}
