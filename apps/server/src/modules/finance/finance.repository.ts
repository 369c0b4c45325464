import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import {
  associationMunicipalities,
  associations,
  financeAccountMappings,
  financeBudgets,
  financeLines,
  financeOutcomes,
  financeYears,
  interventions,
  kommunYearInputs,
  municipalities,
  stateMoneyYears,
} from '../../db/schema';

export type FinanceLineRow = typeof financeLines.$inferSelect;
export type FinanceYearRow = typeof financeYears.$inferSelect;

export async function findFinanceYear(ex: Executor, associationId: string, year: number) {
  const [row] = await ex
    .select()
    .from(financeYears)
    .where(and(eq(financeYears.associationId, associationId), eq(financeYears.year, year)));
  return row;
}

/** The years the förbund keeps in Insikt or has outcome for, ascending: the Ekonomi page opens on the last. */
export async function yearsWithAccounts(ex: Executor, associationId: string) {
  const [kept, withOutcome] = await Promise.all([
    ex.select({ year: financeYears.year }).from(financeYears).where(eq(financeYears.associationId, associationId)),
    ex
      .selectDistinct({ year: financeOutcomes.year })
      .from(financeOutcomes)
      .where(eq(financeOutcomes.associationId, associationId)),
  ]);
  return [...new Set([...kept, ...withOutcome].map((r) => r.year))].sort((a, b) => a - b);
}

/** Locks the year's row until the transaction ends, so that concurrent writes of its outcome queue. */
export async function lockFinanceYear(ex: Executor, associationId: string, year: number) {
  await ex
    .select({ year: financeYears.year })
    .from(financeYears)
    .where(and(eq(financeYears.associationId, associationId), eq(financeYears.year, year)))
    .for('update');
}

/** The years the förbund keeps accounts for in Insikt (decision 0051: insatser's actual cost comes from them). */
export async function accountYearsOf(ex: Executor, associationId: string) {
  const rows = await ex
    .select({ year: financeYears.year })
    .from(financeYears)
    .where(eq(financeYears.associationId, associationId));
  return new Set(rows.map((r) => r.year));
}

export async function linesOf(ex: Executor, associationId: string) {
  return (
    ex
      .select()
      .from(financeLines)
      .where(eq(financeLines.associationId, associationId))
      // Income first (as in an income statement), then costs.
      .orderBy(desc(financeLines.kind), asc(financeLines.name))
  );
}

export async function findLine(ex: Executor, associationId: string, lineId: string) {
  const [row] = await ex
    .select()
    .from(financeLines)
    .where(and(eq(financeLines.associationId, associationId), eq(financeLines.id, lineId)));
  return row;
}

/** The line names of the förbund, for matching an imported row's "rad" column (case-insensitive). */
export async function lineByName(ex: Executor, associationId: string, name: string) {
  const [row] = await ex
    .select()
    .from(financeLines)
    .where(and(eq(financeLines.associationId, associationId), sql`lower(${financeLines.name}) = lower(${name})`));
  return row;
}

/** Budgets of the förbund's own lines for the years, and the insatser's budgets (their own jsonb) for the same. */
export async function budgetsOf(
  ex: Executor,
  associationId: string,
  lines: readonly FinanceLineRow[],
  years: number[],
) {
  const own = await ex
    .select({ lineId: financeBudgets.lineId, year: financeBudgets.year, amount: financeBudgets.amount })
    .from(financeBudgets)
    .innerJoin(financeLines, eq(financeLines.id, financeBudgets.lineId))
    .where(and(eq(financeLines.associationId, associationId), inArray(financeBudgets.year, years)));
  const insatsLines = lines.filter((l) => l.interventionId);
  const insatser =
    insatsLines.length === 0
      ? []
      : await ex
          .select({ id: interventions.id, budgets: interventions.budgets, version: interventions.version })
          .from(interventions)
          .where(
            and(
              eq(interventions.associationId, associationId),
              inArray(
                interventions.id,
                insatsLines.map((l) => l.interventionId!),
              ),
            ),
          );
  const lineOf = new Map(insatsLines.map((l) => [l.interventionId!, l.id]));
  const fromInsatser = insatser.flatMap((i) =>
    i.budgets
      .filter((b) => years.includes(b.year))
      .map((b) => ({ lineId: lineOf.get(i.id)!, year: b.year, amount: b.budget })),
  );
  return {
    budgets: [...own, ...fromInsatser],
    interventionVersions: new Map(insatser.map((i) => [lineOf.get(i.id)!, i.version])),
  };
}

export async function outcomesOf(ex: Executor, associationId: string, year: number) {
  return ex
    .select({ lineId: financeOutcomes.lineId, period: financeOutcomes.period, amount: financeOutcomes.amount })
    .from(financeOutcomes)
    .where(and(eq(financeOutcomes.associationId, associationId), eq(financeOutcomes.year, year)));
}

/** Outcome per line and year for the lines of insatser, for the insats pages' actual cost. */
export async function insatsOutcomes(ex: Executor, associationId: string, interventionIds: readonly string[]) {
  if (interventionIds.length === 0) return [];
  return ex
    .select({
      interventionId: financeLines.interventionId,
      year: financeOutcomes.year,
      amount: sql<number>`sum(${financeOutcomes.amount})`.mapWith(Number),
    })
    .from(financeOutcomes)
    .innerJoin(financeLines, eq(financeLines.id, financeOutcomes.lineId))
    .where(
      and(eq(financeOutcomes.associationId, associationId), inArray(financeLines.interventionId, [...interventionIds])),
    )
    .groupBy(financeLines.interventionId, financeOutcomes.year);
}

export async function mappingsOf(ex: Executor, associationId: string) {
  return ex
    .select({ account: financeAccountMappings.account, lineId: financeAccountMappings.lineId })
    .from(financeAccountMappings)
    .where(eq(financeAccountMappings.associationId, associationId))
    .orderBy(asc(financeAccountMappings.account));
}

export async function stateMoneyOf(ex: Executor, associationId: string, year: number) {
  const [row] = await ex
    .select()
    .from(stateMoneyYears)
    .where(and(eq(stateMoneyYears.associationId, associationId), eq(stateMoneyYears.year, year)));
  return row;
}

/** Inhabitants 16–64 of each of the förbund's kommuner in the year (null where no input exists). */
export async function inhabitantsOf(ex: Executor, associationId: string, year: number) {
  return ex
    .select({
      code: associationMunicipalities.municipalityCode,
      name: municipalities.name,
      inhabitants: kommunYearInputs.inhabitants16to64,
    })
    .from(associationMunicipalities)
    .innerJoin(municipalities, eq(municipalities.code, associationMunicipalities.municipalityCode))
    .leftJoin(
      kommunYearInputs,
      and(
        eq(kommunYearInputs.municipalityCode, associationMunicipalities.municipalityCode),
        eq(kommunYearInputs.year, year),
      ),
    )
    .where(eq(associationMunicipalities.associationId, associationId))
    .orderBy(asc(municipalities.name));
}

/** The förbund of a county (or the country) that have outcome for the year: those with "bokslut" in Insikt. */
export async function associationsWithOutcome(ex: Executor, year: number, countyCode: string | null) {
  return ex
    .select({ id: associations.id, name: associations.name, countyCode: associations.countyCode })
    .from(associations)
    .where(
      and(
        countyCode ? eq(associations.countyCode, countyCode) : undefined,
        sql`exists (select 1 from ${financeOutcomes} where ${financeOutcomes.associationId} = ${associations.id} and ${financeOutcomes.year} = ${year})`,
      ),
    )
    .orderBy(asc(associations.name));
}

export async function countiesOf(ex: Executor, associationIds: readonly string[]) {
  if (associationIds.length === 0) return [];
  const rows = await ex
    .selectDistinct({ countyCode: associations.countyCode })
    .from(associations)
    .where(inArray(associations.id, [...associationIds]));
  return rows.map((r) => r.countyCode);
}

/** The year's outcome per line, for several förbund at once (the comparison). */
export async function outcomeTotals(ex: Executor, associationIds: readonly string[], year: number) {
  if (associationIds.length === 0) return [];
  return ex
    .select({
      associationId: financeOutcomes.associationId,
      lineId: financeOutcomes.lineId,
      amount: sql<number>`sum(${financeOutcomes.amount})`.mapWith(Number),
    })
    .from(financeOutcomes)
    .where(and(inArray(financeOutcomes.associationId, [...associationIds]), eq(financeOutcomes.year, year)))
    .groupBy(financeOutcomes.associationId, financeOutcomes.lineId);
}
