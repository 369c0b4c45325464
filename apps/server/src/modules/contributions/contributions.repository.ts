import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { kommunYearInputs, stateMoneyYears } from '../../db/schema';
import { membersOf } from '../organisation/organisation.repository';
import { contributionKeys, type MemberPercent } from './contributions.schema';

/** The members who pay a share: the förbund's regions and kommuner in the organisation module. */
export async function payingMembers(ex: Executor, associationId: string) {
  const all = await membersOf(ex, associationId);
  const of = (kind: 'region' | 'municipality') =>
    all.filter((m) => m.kind === kind).map((m) => ({ id: m.id, name: m.name, municipalityCode: m.municipalityCode }));
  return { regions: of('region'), kommuner: of('municipality') };
}

/** The förbund's state money for the year (finacc's table: read only here). */
export async function stateMoneyOf(ex: Executor, associationId: string, year: number) {
  const [row] = await ex
    .select({
      offered: stateMoneyYears.offered,
      requested: stateMoneyYears.requested,
      granted: stateMoneyYears.granted,
    })
    .from(stateMoneyYears)
    .where(and(eq(stateMoneyYears.associationId, associationId), eq(stateMoneyYears.year, year)));
  return row ?? null;
}

/** Inhabitants 16–64 of the year per kommun code (the allocation module's inputs, national reference data). */
export async function inhabitantsOf(ex: Executor, year: number, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, number>();
  const rows = await ex
    .select({ code: kommunYearInputs.municipalityCode, inhabitants: kommunYearInputs.inhabitants16to64 })
    .from(kommunYearInputs)
    .where(and(eq(kommunYearInputs.year, year), inArray(kommunYearInputs.municipalityCode, [...codes])));
  return new Map(rows.filter((r) => r.inhabitants !== null).map((r) => [r.code, r.inhabitants!]));
}

export async function keyOf(ex: Executor, associationId: string, year: number) {
  const [row] = await ex
    .select()
    .from(contributionKeys)
    .where(and(eq(contributionKeys.associationId, associationId), eq(contributionKeys.year, year)));
  return row;
}

type KeyValues = { kind: 'inhabitants' | 'agreed'; kommunPercents: MemberPercent[]; regionPercents: MemberPercent[] };

/** Inserts the year's first key; undefined when another request inserted it first (a 409 for the caller). */
export async function insertKey(ex: Executor, associationId: string, year: number, values: KeyValues) {
  const [row] = await ex
    .insert(contributionKeys)
    .values({ associationId, year, ...values })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Updates the key if it still has the version the user read; undefined otherwise. */
export async function updateKey(ex: Executor, associationId: string, year: number, version: number, values: KeyValues) {
  const [row] = await ex
    .update(contributionKeys)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(contributionKeys.associationId, associationId),
        eq(contributionKeys.year, year),
        eq(contributionKeys.version, version),
      ),
    )
    .returning();
  return row;
}
