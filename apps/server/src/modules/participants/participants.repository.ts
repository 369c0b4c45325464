import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { InterventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { interventions, participations, persons } from '../../db/schema';
import { matchPerson } from './person-identity';

export type ParticipationRow = typeof participations.$inferSelect;

/**
 * The person with this pseudonym or personnummer hash in the association, created when new; with
 * the pseudonym the person is known by. Finding and creating is one statement: registration is
 * the busiest write, and every round trip to the database counts under load. Which of the found
 * persons it is, and what is learned, is the rule shared with the import (matchPerson).
 */
export async function findOrCreatePerson(
  ex: Executor,
  associationId: string,
  identity: { reference: string | null; personnummerHash: string | null },
): Promise<{ id: string; reference: string | null; created: boolean } | { conflict: 'reference' | 'personnummer' }> {
  const result = await ex.execute(sql`
    with found as (
      -- At most two: the holder of the personnummer and the holder of the pseudonym.
      select id, reference, personnummer_hash from persons
      where association_id = ${associationId}
        and (personnummer_hash = ${identity.personnummerHash}::text or reference = ${identity.reference}::text)
    ), created as (
      insert into persons (association_id, reference, personnummer_hash)
      select ${associationId}::uuid, ${identity.reference}::text, ${identity.personnummerHash}::text
      where not exists (select 1 from found)
      returning id, reference, personnummer_hash
    )
    select id, reference, personnummer_hash, false as created from found
    union all
    select id, reference, personnummer_hash, true as created from created`);
  const rows = (
    result as unknown as {
      rows: { id: string; reference: string | null; personnummer_hash: string | null; created: boolean }[];
    }
  ).rows.map((r) => ({ id: r.id, reference: r.reference, personnummerHash: r.personnummer_hash, created: r.created }));
  if (rows[0]?.created) return { id: rows[0].id, reference: rows[0].reference, created: true };
  const holder = (half: 'reference' | 'personnummerHash') =>
    identity[half] ? rows.find((r) => r[half] === identity[half]) : undefined;
  const match = matchPerson(identity, holder('personnummerHash'), holder('reference'));
  if (match.kind === 'conflict') return { conflict: match.half };
  if (match.kind === 'new') throw new Error('unreachable: a person was found');
  const { person, learned } = match;
  if (learned) await ex.update(persons).set(learned).where(eq(persons.id, person.id));
  return { id: person.id, reference: learned?.reference ?? person.reference, created: false };
}

/**
 * The pseudonym shown with a participation: to a role reaching the whole förbund the person's, to
 * an insats-bound role only the one given in this enrolment (never one from an insats it may not see).
 */
export const shownReference = (wholeAssociation: boolean) =>
  wholeAssociation
    ? sql<string | null>`coalesce(${participations.personReference}, ${persons.reference})`
    : participations.personReference;

export async function findParticipation(ex: Executor, associationId: string, id: string, wholeAssociation = true) {
  const [row] = await ex
    .select({ participation: participations, reference: shownReference(wholeAssociation) })
    .from(participations)
    .leftJoin(persons, eq(persons.id, participations.personId))
    .where(and(eq(participations.associationId, associationId), eq(participations.id, id)));
  return row ? { ...row.participation, personReference: row.reference } : undefined;
}

export interface ParticipationFilter {
  interventionId?: string | undefined;
  status?: 'ongoing' | 'exited' | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Participations in the association, limited to the interventions in scope, newest start first. */
export async function listParticipations(
  ex: Executor,
  associationId: string,
  scope: InterventionScope,
  filter: ParticipationFilter,
) {
  if (scope.kind === 'some' && scope.ids.length === 0) return { total: 0, rows: [] };
  const where = and(
    eq(participations.associationId, associationId),
    scope.kind === 'some' ? inArray(participations.interventionId, scope.ids) : undefined,
    filter.interventionId ? eq(participations.interventionId, filter.interventionId) : undefined,
    filter.status === 'ongoing'
      ? isNull(participations.exitDate)
      : filter.status === 'exited'
        ? isNotNull(participations.exitDate)
        : undefined,
    filter.q
      ? ilike(shownReference(scope.kind === 'all'), `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      : undefined,
  );
  const [count] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(participations)
    .leftJoin(persons, eq(persons.id, participations.personId))
    .where(where);
  const rows = await ex
    .select({
      id: participations.id,
      interventionId: participations.interventionId,
      interventionName: interventions.name,
      personId: scope.kind === 'all' ? participations.personId : sql<string | null>`null`,
      personReference: shownReference(scope.kind === 'all'),
      consent: participations.consent,
      gender: participations.gender,
      birthYear: participations.birthYear,
      startDate: participations.startDate,
      exitDate: participations.exitDate,
      exitReason: participations.exitReason,
      version: participations.version,
    })
    .from(participations)
    .innerJoin(interventions, eq(interventions.id, participations.interventionId))
    .leftJoin(persons, eq(persons.id, participations.personId))
    .where(where)
    .orderBy(desc(participations.startDate), asc(participations.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return { total: count?.n ?? 0, rows };
}

/** All participations of one person in the association (the history across insatser). */
export async function participationsOfPerson(ex: Executor, associationId: string, personId: string) {
  return ex
    .select({
      id: participations.id,
      interventionId: participations.interventionId,
      interventionName: interventions.name,
      startDate: participations.startDate,
      exitDate: participations.exitDate,
      exitReason: participations.exitReason,
    })
    .from(participations)
    .innerJoin(interventions, eq(interventions.id, participations.interventionId))
    .where(and(eq(participations.associationId, associationId), eq(participations.personId, personId)))
    .orderBy(asc(participations.startDate));
}
