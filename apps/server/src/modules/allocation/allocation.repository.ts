import { and, asc, eq, getTableColumns, inArray, isNull, or, sql } from 'drizzle-orm';
import type { EquityGuideline } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import {
  allocationForbund,
  allocationSimulations,
  allocationYears,
  associations,
  counties,
  equityGuidelines,
  kommunYearInputs,
  members,
  municipalities,
  stateMoneyYears,
} from '../../db/schema';

export type GuidelineRecord = typeof equityGuidelines.$inferSelect;
export type AllocationYearRecord = typeof allocationYears.$inferSelect;
export type ModelForbundRecord = typeof allocationForbund.$inferSelect & { associationName: string | null };
export type SimulationRecord = typeof allocationSimulations.$inferSelect & { associationName: string | null };

// The guideline, the model years and their inputs are national, public figures (permissions.ts:
// allocation.read is every role's), so these reads need no förbund scope; simulations do.

export const listGuidelines = (ex: Executor): Promise<GuidelineRecord[]> =>
  ex.select().from(equityGuidelines).orderBy(asc(equityGuidelines.decidedOn));

export async function findGuideline(ex: Executor, id: string): Promise<GuidelineRecord | undefined> {
  const [row] = await ex.select().from(equityGuidelines).where(eq(equityGuidelines.id, id));
  return row;
}

/** The versions as core reads them. */
export const asGuidelines = (rows: readonly GuidelineRecord[]): EquityGuideline[] =>
  rows.map((r) => ({ decided: r.decidedOn, steps: r.steps }));

export const listYears = (ex: Executor): Promise<AllocationYearRecord[]> =>
  ex
    .select()
    .from(allocationYears)
    .orderBy(sql`${allocationYears.year} desc`);

export async function findYear(ex: Executor, year: number): Promise<AllocationYearRecord | undefined> {
  const [row] = await ex.select().from(allocationYears).where(eq(allocationYears.year, year));
  return row;
}

/** The inputs per kommun for a year, with the kommun's name and county. */
export const kommunInputsOf = (ex: Executor, year: number) =>
  ex
    .select({
      municipalityCode: kommunYearInputs.municipalityCode,
      name: municipalities.name,
      countyCode: municipalities.countyCode,
      supportMeasure: kommunYearInputs.supportMeasure,
      inhabitants16to64: kommunYearInputs.inhabitants16to64,
    })
    .from(kommunYearInputs)
    .innerJoin(municipalities, eq(municipalities.code, kommunYearInputs.municipalityCode))
    .where(eq(kommunYearInputs.year, year))
    .orderBy(asc(kommunYearInputs.municipalityCode));

const forbundColumns = { ...getTableColumns(allocationForbund), associationName: associations.name };

export const modelForbundOf = (ex: Executor, year: number): Promise<ModelForbundRecord[]> =>
  ex
    .select(forbundColumns)
    .from(allocationForbund)
    .leftJoin(associations, eq(associations.id, allocationForbund.associationId))
    .where(eq(allocationForbund.year, year))
    .orderBy(asc(allocationForbund.name));

export async function findModelForbund(
  ex: Executor,
  year: number,
  id: string,
): Promise<ModelForbundRecord | undefined> {
  const [row] = await ex
    .select(forbundColumns)
    .from(allocationForbund)
    .leftJoin(associations, eq(associations.id, allocationForbund.associationId))
    .where(and(eq(allocationForbund.year, year), eq(allocationForbund.id, id)));
  return row;
}

/** Kommun code → name, for the imports. */
export async function kommunNames(ex: Executor): Promise<Map<string, string>> {
  const rows = await ex.select({ code: municipalities.code, name: municipalities.name }).from(municipalities);
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Insikt förbund by name, for linking a model year's rows. */
export async function associationsByName(ex: Executor): Promise<Map<string, string>> {
  const rows = await ex.select({ id: associations.id, name: associations.name }).from(associations);
  return new Map(rows.map((r) => [r.name, r.id]));
}

/**
 * A linked förbund's state money for the model year: requested of the year and granted of the year
 * before (finacc writes `state_money_years`; this module only reads it).
 */
export async function stateMoneyPrefill(
  ex: Executor,
  associationId: string,
  year: number,
): Promise<{ requested: number | null; previousAllocation: number | null }> {
  const rows = await ex
    .select({ year: stateMoneyYears.year, requested: stateMoneyYears.requested, granted: stateMoneyYears.granted })
    .from(stateMoneyYears)
    .where(and(eq(stateMoneyYears.associationId, associationId), inArray(stateMoneyYears.year, [year, year - 1])));
  return {
    requested: rows.find((r) => r.year === year)?.requested ?? null,
    previousAllocation: rows.find((r) => r.year === year - 1)?.granted ?? null,
  };
}

/** The regions among the members of Insikt förbund (the members table's kind `region`). */
export async function regionMembersOf(ex: Executor, associationIds: string[]): Promise<Map<string, string[]>> {
  if (associationIds.length === 0) return new Map();
  const rows = await ex
    .select({ associationId: members.associationId, name: members.name })
    .from(members)
    .where(and(inArray(members.associationId, associationIds), eq(members.kind, 'region')));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.associationId, [...(out.get(r.associationId) ?? []), r.name]);
  return out;
}

export const countyList = (ex: Executor) => ex.select().from(counties);

const simulationColumns = { ...getTableColumns(allocationSimulations), associationName: associations.name };

/** The national simulations and those of the given förbund ('all': every one). */
export function listSimulations(ex: Executor, associationIds: string[] | 'all'): Promise<SimulationRecord[]> {
  const own =
    associationIds === 'all'
      ? sql`true`
      : associationIds.length
        ? inArray(allocationSimulations.associationId, associationIds)
        : sql`false`;
  return ex
    .select(simulationColumns)
    .from(allocationSimulations)
    .leftJoin(associations, eq(associations.id, allocationSimulations.associationId))
    .where(or(isNull(allocationSimulations.associationId), own))
    .orderBy(sql`${allocationSimulations.year} desc`, asc(allocationSimulations.name));
}

export async function findSimulation(ex: Executor, id: string): Promise<SimulationRecord | undefined> {
  const [row] = await ex
    .select(simulationColumns)
    .from(allocationSimulations)
    .leftJoin(associations, eq(associations.id, allocationSimulations.associationId))
    .where(eq(allocationSimulations.id, id));
  return row;
}
