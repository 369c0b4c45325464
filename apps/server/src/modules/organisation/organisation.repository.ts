import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AssociationScope, County, Municipality } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import {
  associationMunicipalities,
  associations,
  bodyMembers,
  counties,
  members,
  municipalities,
} from '../../db/schema';

export async function listCounties(ex: Executor): Promise<County[]> {
  return ex.select().from(counties).orderBy(asc(counties.code));
}

export async function listMunicipalities(ex: Executor, countyCode?: string): Promise<Municipality[]> {
  return ex
    .select()
    .from(municipalities)
    .where(countyCode ? eq(municipalities.countyCode, countyCode) : undefined)
    .orderBy(asc(municipalities.name));
}

export async function findCounty(ex: Executor, code: string): Promise<County | undefined> {
  const [row] = await ex.select().from(counties).where(eq(counties.code, code));
  return row;
}

export async function findMunicipalities(ex: Executor, codes: readonly string[]): Promise<Municipality[]> {
  if (codes.length === 0) return [];
  return ex
    .select()
    .from(municipalities)
    .where(inArray(municipalities.code, [...codes]));
}

export async function listAssociations(ex: Executor, scope: AssociationScope) {
  if (scope.kind === 'some' && scope.ids.length === 0) return [];
  return ex
    .select({
      id: associations.id,
      name: associations.name,
      countyCode: associations.countyCode,
      countyName: counties.name,
      municipalityCount: sql<number>`(select count(*)::int from association_municipalities am where am.association_id = ${associations.id})`,
    })
    .from(associations)
    .innerJoin(counties, eq(counties.code, associations.countyCode))
    .where(scope.kind === 'some' ? inArray(associations.id, scope.ids) : undefined)
    .orderBy(asc(associations.name));
}

export async function findAssociation(ex: Executor, id: string) {
  const [row] = await ex
    .select({
      id: associations.id,
      name: associations.name,
      countyCode: associations.countyCode,
      countyName: counties.name,
      organisationNumber: associations.organisationNumber,
      version: associations.version,
      createdAt: associations.createdAt,
      updatedAt: associations.updatedAt,
    })
    .from(associations)
    .innerJoin(counties, eq(counties.code, associations.countyCode))
    .where(eq(associations.id, id));
  return row;
}

export async function findAssociationByName(ex: Executor, name: string) {
  const [row] = await ex
    .select({ id: associations.id, name: associations.name })
    .from(associations)
    .where(sql`lower(${associations.name}) = lower(${name})`);
  return row;
}

export async function associationMunicipalitiesOf(ex: Executor, associationId: string): Promise<Municipality[]> {
  return ex
    .select({ code: municipalities.code, name: municipalities.name, countyCode: municipalities.countyCode })
    .from(associationMunicipalities)
    .innerJoin(municipalities, eq(municipalities.code, associationMunicipalities.municipalityCode))
    .where(eq(associationMunicipalities.associationId, associationId))
    .orderBy(asc(municipalities.name));
}

export async function replaceAssociationMunicipalities(ex: Executor, associationId: string, codes: readonly string[]) {
  await ex.delete(associationMunicipalities).where(eq(associationMunicipalities.associationId, associationId));
  if (codes.length > 0) {
    await ex
      .insert(associationMunicipalities)
      .values([...new Set(codes)].map((municipalityCode) => ({ associationId, municipalityCode })));
  }
}

/**
 * A member's version for optimistic concurrency. The members table has no version column (adding
 * one needs a migration, see decision 0017); PostgreSQL's xmin, the transaction that last wrote
 * the row, changes on every update and serves the same purpose.
 */
export const memberVersion = sql<number>`(${members}.xmin)::text::int8`.mapWith(Number);

/** A member row as read and returned by its use cases, with its version. */
export const memberColumns = {
  id: members.id,
  associationId: members.associationId,
  kind: members.kind,
  name: members.name,
  municipalityCode: members.municipalityCode,
  createdAt: members.createdAt,
  version: memberVersion,
};

export async function membersOf(ex: Executor, associationId: string) {
  return ex
    .select({
      id: members.id,
      kind: members.kind,
      name: members.name,
      municipalityCode: members.municipalityCode,
      version: memberVersion,
    })
    .from(members)
    .where(eq(members.associationId, associationId))
    .orderBy(
      sql`case ${members.kind} when 'fk' then 1 when 'af' then 2 when 'region' then 3 else 4 end`,
      asc(members.name),
    );
}

export async function findMember(ex: Executor, associationId: string, memberId: string) {
  const [row] = await ex
    .select(memberColumns)
    .from(members)
    .where(and(eq(members.associationId, associationId), eq(members.id, memberId)));
  return row;
}

export async function bodyMembersOf(ex: Executor, associationId: string) {
  return ex
    .select({
      id: bodyMembers.id,
      body: bodyMembers.body,
      name: bodyMembers.name,
      bodyRole: bodyMembers.bodyRole,
      memberId: bodyMembers.memberId,
      memberName: members.name,
      email: bodyMembers.email,
      version: bodyMembers.version,
    })
    .from(bodyMembers)
    .leftJoin(members, eq(members.id, bodyMembers.memberId))
    .where(eq(bodyMembers.associationId, associationId))
    .orderBy(asc(bodyMembers.body), asc(bodyMembers.name));
}

export async function findBodyMember(ex: Executor, associationId: string, id: string) {
  const [row] = await ex
    .select()
    .from(bodyMembers)
    .where(and(eq(bodyMembers.associationId, associationId), eq(bodyMembers.id, id)));
  return row;
}
