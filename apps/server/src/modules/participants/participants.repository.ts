import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { InterventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { interventions, participations, persons } from '../../db/schema';

export type ParticipationRow = typeof participations.$inferSelect;

/** The person with this pseudonym or personnummer hash in the association, created when new. */
export async function findOrCreatePerson(
  ex: Executor,
  associationId: string,
  identity: { reference: string | null; personnummerHash: string | null },
): Promise<string> {
  const conditions = [
    identity.personnummerHash ? eq(persons.personnummerHash, identity.personnummerHash) : undefined,
    identity.reference ? eq(persons.reference, identity.reference) : undefined,
  ].filter(Boolean) as SQL[];
  const [existing] = await ex
    .select()
    .from(persons)
    .where(and(eq(persons.associationId, associationId), or(...conditions)))
    // A personnummer match wins over a pseudonym match.
    .orderBy(sql`${persons.personnummerHash} is null`)
    .limit(1);
  if (existing) {
    // Learn the missing half of the identity, so later rows with either one find the person.
    if ((identity.reference && !existing.reference) || (identity.personnummerHash && !existing.personnummerHash)) {
      await ex
        .update(persons)
        .set({
          reference: existing.reference ?? identity.reference,
          personnummerHash: existing.personnummerHash ?? identity.personnummerHash,
        })
        .where(eq(persons.id, existing.id));
    }
    return existing.id;
  }
  const [created] = await ex
    .insert(persons)
    .values({ associationId, reference: identity.reference, personnummerHash: identity.personnummerHash })
    .returning({ id: persons.id });
  return created!.id;
}

export async function findParticipation(ex: Executor, associationId: string, id: string) {
  const [row] = await ex
    .select({ participation: participations, reference: persons.reference })
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
    filter.q ? ilike(persons.reference, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
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
      personId: participations.personId,
      personReference: persons.reference,
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
