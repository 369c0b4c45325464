import { eq, inArray } from 'drizzle-orm';
import { apportion, KNOWN_GUIDELINE_2013, type IncomeSource } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import {
  associationMunicipalities,
  equityGuidelines,
  financeBudgets,
  financeLines,
  financeOutcomes,
  financeYears,
  interventions,
  kommunYearInputs,
  stateMoneyYears,
} from '../../db/schema';
import { DEMO_KOMMUN_THOUSANDS, demoBudgetYear } from './demo-data';
import type { DemoEvaluationContext } from './demo-evaluation';

/**
 * Seed 003's Bokslut 2019 per demo förbund (in the order of DEMO_ASSOCIATIONS), whole kronor: income,
 * costs and closing equity (tkr in the seed), the state money used and the offer behind it (issue 16's
 * correction: 80 % and 55 % of about 4 006 000 and 5 520 000 kr), and administration (3,4 of 20,4 Mkr
 * in total; the split between the förbund is the demo's own).
 */
export const DEMO_ACCOUNTS_2019 = [
  { income: 7_018_000, costs: 8_151_000, equity: 989_000, used: 3_036_000, offered: 5_520_000, admin: 1_300_000 },
  { income: 5_144_000, costs: 5_624_000, equity: 1_690_000, used: 2_570_000, offered: 2_570_000, admin: 1_000_000 },
  { income: 6_423_000, costs: 6_652_000, equity: 567_000, used: 3_205_000, offered: 4_006_000, admin: 1_100_000 },
] as const;

/**
 * Inhabitants 16–64 of the demo kommuner in 2019, chosen so that kronor per inhabitant on the state money
 * used gives 003's figures (Södra Vätterbygden 32, Finnveden 58, Höglandet 61 kr). Demo values, not SCB's.
 */
const DEMO_INHABITANTS_2019: Record<string, number> = {
  '0680': 84_000,
  '0643': 7_000,
  '0642': 3_875,
  '0662': 16_000,
  '0617': 5_200,
  '0665': 7_600,
  '0683': 15_510,
  '0604': 3_500,
  '0686': 9_300,
  '0682': 14_441,
  '0684': 5_900,
  '0687': 9_400,
  '0685': 10_000,
};

const TERTIAL_WEIGHTS = [0.31, 0.33, 0.36];

type LineSpec = { name: string; source?: IncomeSource; administration?: boolean; amount: number };

/** The lines of 2019: the members match the state money used (half each to region and kommuner). */
function lines2019(a: (typeof DEMO_ACCOUNTS_2019)[number]): { income: LineSpec[]; costs: LineSpec[] } {
  const half = Math.round(a.used / 2);
  return {
    income: [
      { name: 'Statliga medel (Försäkringskassan)', source: 'state', amount: a.used },
      { name: 'Region Jönköpings län', source: 'region', amount: half },
      { name: 'Kommunerna', source: 'municipalities', amount: a.used - half },
      { name: 'Övriga intäkter (ESF m.m.)', source: 'other', amount: a.income - 2 * a.used },
    ],
    costs: [
      { name: 'Kansli', administration: true, amount: Math.round(a.admin * 0.8) },
      { name: 'Ekonomi och information', administration: true, amount: a.admin - Math.round(a.admin * 0.8) },
      { name: 'Utbildning och seminarier', amount: 150_000 },
      { name: 'Insatser 2019 (före Insikt)', amount: a.costs - a.admin - 150_000 },
    ],
  };
}

/**
 * The demo förbund's economy (issue 16 item 9): 2019's accounts as seed 003 gives them, by tertial, with
 * the state money and the inputs for kronor per inhabitant; and a budget for next year with plan for
 * the two after it, whose insats lines are the demo insatser's own budgets (decision 0051).
 */
export async function demoFinance(tx: Tx, ctx: DemoEvaluationContext) {
  const a = DEMO_ACCOUNTS_2019[ctx.index]!;
  const { associationId } = ctx;
  await tx
    .insert(equityGuidelines)
    .values({
      decidedOn: KNOWN_GUIDELINE_2013.decided,
      steps: KNOWN_GUIDELINE_2013.steps,
      note: 'Känt steg (seed 003).',
    })
    .onConflictDoNothing();
  const kommuner = await tx
    .select({ code: associationMunicipalities.municipalityCode })
    .from(associationMunicipalities)
    .where(eq(associationMunicipalities.associationId, associationId));
  const inhabitants = (year: number, of: (code: string) => number | null) =>
    tx
      .insert(kommunYearInputs)
      .values(kommuner.map((k) => ({ year, municipalityCode: k.code, inhabitants16to64: of(k.code) })))
      .onConflictDoNothing();
  await inhabitants(2019, (code) => DEMO_INHABITANTS_2019[code] ?? null);

  const spec = lines2019(a);
  await tx.insert(financeYears).values({ associationId, year: 2019, openingEquity: a.equity - (a.income - a.costs) });
  await tx.insert(stateMoneyYears).values({
    associationId,
    year: 2019,
    offered: a.offered,
    requested: a.offered,
    granted: a.offered,
    perInhabitantBasis: 'used',
  });
  const ids = new Map<string, string>();
  for (const [kind, list] of [['income', spec.income] as const, ['cost', spec.costs] as const]) {
    for (const l of list) {
      const [row] = await tx
        .insert(financeLines)
        .values({
          associationId,
          name: l.name,
          kind,
          incomeSource: l.source ?? null,
          administration: l.administration ?? false,
        })
        .returning();
      ids.set(l.name, row!.id);
      const parts = apportion(l.amount, TERTIAL_WEIGHTS);
      await tx
        .insert(financeOutcomes)
        .values(
          parts.map((amount, t) => ({ associationId, lineId: row!.id, year: 2019, period: `2019-T${t + 1}`, amount })),
        );
      await tx
        .insert(financeBudgets)
        .values({ lineId: row!.id, year: 2019, amount: Math.round(l.amount / 1000) * 1000 });
    }
  }

  // Next year's budget with plan for years 2-3: the ordinary lines here, the insatser's in their own budgets.
  // The förbund budgets the state money it requests (at 2019's used level) and the members match it, as the
  // letter on Medlemsbidrag says; the offer stays 2019's (decision 0064).
  const first = demoBudgetYear(ctx.today);
  const years = [first, first + 1, first + 2];
  await tx.insert(financeYears).values({ associationId, year: first, openingEquity: a.equity });
  await tx.insert(stateMoneyYears).values({
    associationId,
    year: first,
    offered: a.offered,
    requested: a.used,
    perInhabitantBasis: 'requested',
  });
  // Inhabitants 16–64 of the budget year, so the contributions and kronor per inhabitant can be computed.
  await inhabitants(first, (code) => (DEMO_KOMMUN_THOUSANDS[code] ?? 1) * 1000);
  const thousands = (amount: number) => Math.round(amount / 1000) * 1000;
  await tx.insert(financeBudgets).values(
    years.flatMap((year, i) => {
      const state = thousands(a.used * (1 + 0.02 * i));
      // The region and the kommuner each match half the state money to the krona, as the letter says.
      const plan: [string, number][] = [
        ['Statliga medel (Försäkringskassan)', state],
        ['Region Jönköpings län', Math.round(state / 2)],
        ['Kommunerna', state - Math.round(state / 2)],
        ['Kansli', thousands(a.admin * 0.85 * (1 + 0.02 * i))],
        ['Ekonomi och information', thousands(a.admin * 0.2 * (1 + 0.02 * i))],
      ];
      return plan.map(([name, amount]) => ({ lineId: ids.get(name)!, year, amount }));
    }),
  );
  const insatser = await tx
    .select()
    .from(interventions)
    .where(inArray(interventions.id, ctx.interventionIds.slice(0, 3)));
  for (const insats of insatser) {
    await tx.insert(financeLines).values({ associationId, name: insats.name, kind: 'cost', interventionId: insats.id });
    const yearly = thousands((a.used * 2 - a.admin) * 0.25);
    // Three-year commitments that taper off: the rest of years 2-3 is free for new insatser (003 §3.1).
    const budgets = [
      ...insats.budgets.filter((b) => !years.includes(b.year)),
      ...years.map((year, i) => ({
        year,
        budget: thousands(yearly * (1 - 0.3 * i)),
        actualCost: null,
      })),
    ];
    await tx.update(interventions).set({ budgets }).where(eq(interventions.id, insats.id));
  }
}
