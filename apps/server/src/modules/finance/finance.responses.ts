import { z } from 'zod';
import {
  FINANCE_LINE_KINDS,
  GRANULARITIES,
  idSchema,
  INCOME_SOURCES,
  PER_INHABITANT_BASES,
  versionSchema,
} from '@insikt/core';
import { equityAssessmentSchema } from '../allocation/allocation.responses';

const kr = z.number().int();

export const keyFiguresSchema = z
  .object({
    income: z.number(),
    costs: z.number(),
    result: z.number(),
    equity: z.number(),
    equityShareOfIncome: z.number().nullable(),
    administrationCosts: z.number(),
    administrationShareOfCosts: z.number().nullable(),
  })
  .meta({ id: 'KeyFigures' });

export const stateMoneySchema = z
  .object({
    offered: kr.nullable(),
    requested: kr.nullable(),
    granted: kr.nullable(),
    /** The outcome of the state-income lines (null before the year has outcome). */
    used: kr.nullable(),
    utilisation: z.number().nullable(),
    perInhabitantBasis: z.enum(PER_INHABITANT_BASES),
    version: versionSchema,
  })
  .meta({ id: 'StateMoney' });

export const perInhabitantSchema = z
  .object({
    kronor: kr.nullable(),
    basis: z.enum(PER_INHABITANT_BASES),
    amount: kr.nullable(),
    inhabitants: kr.nullable(),
    /** The förbund's kommuner without inhabitants 16–64 for the year: why there is no figure. */
    missingKommuner: z.array(z.string()),
    noKommuner: z.boolean(),
  })
  .meta({ id: 'PerInhabitant' });

export const financeLineSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    kind: z.enum(FINANCE_LINE_KINDS),
    incomeSource: z.enum(INCOME_SOURCES).nullable(),
    interventionId: idSchema.nullable(),
    interventionName: z.string().nullable(),
    administration: z.boolean(),
    version: versionSchema,
    /** The version a budget edit must name: the line's, or the insats's for an insats line. */
    budgetVersion: versionSchema,
    budgets: z.array(z.object({ year: z.number().int(), amount: kr.nullable() })),
    outcome: z.array(z.object({ period: z.string(), amount: kr })),
    outcomeTotal: kr,
    difference: kr,
  })
  .meta({ id: 'FinanceLine' });

export const financeYearView = z
  .object({
    associationId: idSchema,
    year: z.number().int(),
    settings: z.object({
      kept: z.boolean(),
      granularity: z.enum(GRANULARITIES),
      openingEquity: kr,
      version: versionSchema,
    }),
    periods: z.array(z.string()),
    lines: z.array(financeLineSchema),
    keyFigures: z.object({ outcome: keyFiguresSchema.nullable(), budget: keyFiguresSchema }),
    commitments: z.array(z.object({ year: z.number().int(), frame: kr, committed: kr, free: kr })),
    stateMoney: stateMoneySchema,
    perInhabitant: perInhabitantSchema,
    /** The outcome's equity at year end against the guideline; null until the outcome covers the whole year. */
    equity: equityAssessmentSchema.nullable(),
    /** The budget's planned equity against the guideline: a warning while budgeting, never a lost protection. */
    budgetEquity: equityAssessmentSchema.nullable(),
    unlinkedInterventions: z.array(z.object({ id: idSchema, name: z.string() })),
  })
  .meta({ id: 'FinanceYear' });

export const financeYearList = z
  .object({ years: z.array(z.number().int()).describe('År som förbundet för i Insikt eller har utfall för, stigande') })
  .meta({ id: 'FinanceYearList' });

export const outcomeImportResult = z
  .object({
    imported: z.boolean(),
    format: z.enum(['sie', 'table']),
    rows: z.number().int(),
    /** The periods whose outcome the import replaced. */
    periods: z.array(z.string()),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), value: z.string(), message: z.string() })),
    /** SIE: the file's result accounts with their amounts and current line, for the mapping. */
    accounts: z.array(
      z.object({ account: z.string(), name: z.string().nullable(), amount: z.number(), lineId: idSchema.nullable() }),
    ),
  })
  .meta({ id: 'OutcomeImportResult' });

export const accountMappings = z
  .array(z.object({ account: z.string(), lineId: idSchema }))
  .meta({ id: 'AccountMappings' });

export const financeComparison = z
  .object({
    year: z.number().int(),
    countyCode: z.string().nullable(),
    countyName: z.string().nullable(),
    /** The caller may compare the whole country (national roles). */
    nationwide: z.boolean(),
    counties: z.array(z.object({ code: z.string(), name: z.string() })),
    associations: z.array(
      z.object({
        associationId: idSchema,
        name: z.string(),
        countyCode: z.string(),
        keyFigures: keyFiguresSchema,
        equity: equityAssessmentSchema.nullable(),
        stateMoney: stateMoneySchema,
        perInhabitant: perInhabitantSchema,
      }),
    ),
    total: keyFiguresSchema,
  })
  .meta({ id: 'FinanceComparison' });
