import { z } from 'zod';
import { idSchema, versionSchema } from '../schemas';
import type { Granularity } from './sie-outcome';
import type { PerInhabitantBasis } from './key-figures';

/** A line of the förbund's budget and accounts is income or a cost (issue 16 item 1). */
export const FINANCE_LINE_KINDS = ['income', 'cost'] as const;
export type FinanceLineKind = (typeof FINANCE_LINE_KINDS)[number];

/** Where income comes from (finance.md: state half, region and kommuner a quarter each; other such as ESF). */
export const INCOME_SOURCES = ['state', 'region', 'municipalities', 'other'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export const GRANULARITIES = ['tertial', 'month'] as const satisfies readonly Granularity[];
export const PER_INHABITANT_BASES = [
  'offered',
  'requested',
  'granted',
  'used',
] as const satisfies readonly PerInhabitantBasis[];

/**
 * The largest amount Insikt takes anywhere in a förbund's accounts, typed or imported: far above any
 * förbund's year, and its sum over many rows still an exact number of öre (decision 0066).
 */
export const MAX_FINANCE_KRONOR = 10_000_000_000;
const kronor = z.number().int('Belopp anges i hela kronor.').min(0).max(MAX_FINANCE_KRONOR);
const signedKronor = z.number().int('Belopp anges i hela kronor.').min(-MAX_FINANCE_KRONOR).max(MAX_FINANCE_KRONOR);
export const financeYearSchema = z.coerce.number().int().min(2000).max(2100);

export const financeLineInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(FINANCE_LINE_KINDS),
    incomeSource: z.enum(INCOME_SOURCES).nullish(),
    interventionId: idSchema.nullish(),
    administration: z.boolean().default(false),
  })
  .refine((l) => l.kind === 'cost' || l.incomeSource, {
    message: 'En intäktsrad måste ange varifrån intäkten kommer.',
    path: ['incomeSource'],
  })
  .refine((l) => l.kind === 'income' || !l.incomeSource, {
    message: 'Bara intäktsrader har en källa.',
    path: ['incomeSource'],
  })
  .refine((l) => l.kind === 'cost' || (!l.interventionId && !l.administration), {
    message: 'Bara kostnadsrader kan vara en insats eller administration.',
    path: ['kind'],
  })
  .refine((l) => !(l.interventionId && l.administration), {
    message: 'En insats kostnader räknas inte som administration.',
    path: ['administration'],
  });
export type FinanceLineInput = z.infer<typeof financeLineInput>;

/** An edit of a line: its name and administration flag (kind, source and insats are fixed once created). */
export const financeLineUpdateInput = z.object({
  name: z.string().trim().min(1).max(200),
  administration: z.boolean(),
  version: versionSchema,
});
export type FinanceLineUpdateInput = z.infer<typeof financeLineUpdateInput>;

/** A budget (or plan) amount; `version` is the line's, or the insats's for an insats line (decision 0051). */
export const budgetAmountInput = z.object({ amount: kronor, version: versionSchema });
export type BudgetAmountInput = z.infer<typeof budgetAmountInput>;

export const financeYearInput = z.object({
  granularity: z.enum(GRANULARITIES),
  openingEquity: signedKronor,
  version: versionSchema,
});
export type FinanceYearInput = z.infer<typeof financeYearInput>;

export const stateMoneyInput = z.object({
  offered: kronor.nullable(),
  requested: kronor.nullable(),
  granted: kronor.nullable(),
  perInhabitantBasis: z.enum(PER_INHABITANT_BASES),
  version: versionSchema,
});
export type StateMoneyInput = z.infer<typeof stateMoneyInput>;

/** BAS result accounts: four digits, classes 3–8 (the ones `sieOutcomeByLine` maps). */
export const resultAccountSchema = z
  .string()
  .regex(/^[3-8]\d{3}$/, 'Kontot ska vara ett resultatkonto: fyra siffror, 3000–8999.');
export const accountMappingInput = z.object({
  mappings: z
    .array(z.object({ account: resultAccountSchema, lineId: idSchema.nullable() }))
    .max(2000)
    .refine((m) => new Set(m.map((x) => x.account)).size === m.length, 'Varje konto får bara förekomma en gång.'),
});
export type AccountMappingInput = z.infer<typeof accountMappingInput>;

const MINUS = /^[-\u2212]/;

/**
 * An amount as Swedes write it: spaces (also no-break and thin) between thousands, comma before öre,
 * a hyphen or minus sign (U+2212) in front: "1 234 567", "1 234 567,50", "-229", "\u2212229". A point
 * as the decimal sign is accepted too (files from other programs), never as a thousands separator.
 * Returns kronor (with öre as decimals) or null when the text is no amount. Source: issue 16 item 1.
 */
export function parseSwedishAmount(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0\u2009\u202f]/g, '');
  const negative = MINUS.test(t);
  const body = negative ? t.slice(1) : t;
  // A comma takes öre only ("12,345" could be English thousands); a point is Excel's own number text.
  if (!/^\d+(,\d{1,2})?$/.test(body) && !/^\d+(\.\d+)?$/.test(body)) return null;
  const value = Number(body.replace(',', '.'));
  return negative ? -value : value;
}

const TERTIAL_OF_MONTH = (month: number) => Math.ceil(month / 4);

/**
 * A period of an imported outcome row in the year's granularity (core's keys `YYYY-MM`, `YYYY-T1..T3`):
 * "2019-03", "201903", "3" (a month), "2019-T1", "T1" (a tertial). A month in a year kept by tertial goes
 * to its tertial; a tertial in a year kept by month is an error (it cannot be split). Source: issue 16 item 1.
 */
export function outcomePeriod(
  text: string,
  year: number,
  granularity: Granularity,
): { ok: true; period: string } | { ok: false; message: string } {
  const t = text.trim().toUpperCase();
  const month = /^(?:(\d{4})-?)?(\d{1,2})$/.exec(t);
  const tertial = /^(?:(\d{4})-)?T([1-3])$/.exec(t);
  const periodYear = Number((month ?? tertial)?.[1] ?? year);
  if (!month && !tertial) {
    return { ok: false, message: 'Perioden ska skrivas ÅÅÅÅ-MM, MM, ÅÅÅÅ-T1 eller T1–T3.' };
  }
  if (periodYear !== year) return { ok: false, message: `Perioden ligger inte i år ${year}.` };
  if (tertial) {
    if (granularity === 'month') {
      return { ok: false, message: `År ${year} följs upp per månad: ett tertial kan inte delas på månader.` };
    }
    return { ok: true, period: `${year}-T${tertial[2]}` };
  }
  const m = Number(month![2]);
  if (!(m >= 1 && m <= 12)) return { ok: false, message: 'Månaden ska vara 1–12.' };
  return {
    ok: true,
    period: granularity === 'month' ? `${year}-${String(m).padStart(2, '0')}` : `${year}-T${TERTIAL_OF_MONTH(m)}`,
  };
}

/** The periods of a year in its granularity, in order (the columns of the outcome table). */
export function periodsOfYear(year: number, granularity: Granularity): string[] {
  return granularity === 'month'
    ? Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
    : [1, 2, 3].map((t) => `${year}-T${t}`);
}
