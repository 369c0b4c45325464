import type { FinanceLineKind, Granularity, IncomeSource, PerInhabitantBasis } from '@insikt/core';
import { bigint, boolean, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { interventions } from '../interventions/interventions.schema';
import { associations } from '../organisation/organisation.schema';

/**
 * The förbund's state money per year (finance.md "Members' contributions", issue 16 §3): what the state
 * offered, what the förbund requested and what was granted, whole kronor. What was *used* is not stored:
 * it is the outcome of the state-income lines in the accounts. `perInhabitantBasis` says which of the
 * amounts "kronor per invånare 16–64" is computed on (the seed does not say: stored, finance.md).
 */
export const stateMoneyYears = pgTable(
  'state_money_years',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    offered: bigint('offered', { mode: 'number' }),
    requested: bigint('requested', { mode: 'number' }),
    granted: bigint('granted', { mode: 'number' }),
    perInhabitantBasis: text('per_inhabitant_basis').$type<PerInhabitantBasis>().notNull().default('granted'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.year] })],
);

/**
 * The förbund's accounts for one year (decision 0051): the outcome's granularity (tertial or month, the
 * förbund's choice per year) and the opening equity. A row means the förbund keeps that year's accounts
 * in Insikt: from then on an insats's actual cost that year is its finance line's outcome.
 */
export const financeYears = pgTable(
  'finance_years',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    granularity: text('granularity').$type<Granularity>().notNull().default('tertial'),
    openingEquity: bigint('opening_equity', { mode: 'number' }).notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.year] })],
);

/**
 * A line of the förbund's budget and accounts, kept across years. Income lines name their source; a cost
 * line is an insats's (`interventionId`: its budget lives in `interventions.budgets`, decision 0051),
 * administration (the förbund's own flag) or other.
 */
export const financeLines = pgTable(
  'finance_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').$type<FinanceLineKind>().notNull(),
    incomeSource: text('income_source').$type<IncomeSource>(),
    interventionId: uuid('intervention_id').references(() => interventions.id),
    administration: boolean('administration').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('finance_lines_name_uq').on(t.associationId, t.name),
    // One line per insats: its outcome is the insats's actual cost.
    unique('finance_lines_intervention_uq').on(t.interventionId),
    index('finance_lines_association_idx').on(t.associationId),
  ],
);

/** The budget (year 1) and plan (years 2–3) of a line that is not an insats's, whole kronor. */
export const financeBudgets = pgTable(
  'finance_budgets',
  {
    lineId: uuid('line_id')
      .notNull()
      .references(() => financeLines.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.lineId, t.year] })],
);

/**
 * The outcome of every line (insatser's too: the one place their actual cost is kept) per period,
 * whole kronor, income and costs both positive. `period` is `YYYY-MM` or `YYYY-T1..T3` (core's keys).
 */
export const financeOutcomes = pgTable(
  'finance_outcomes',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    lineId: uuid('line_id')
      .notNull()
      .references(() => financeLines.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    period: text('period').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.lineId, t.period] }),
    index('finance_outcomes_association_year_idx').on(t.associationId, t.year),
  ],
);

/** Which line an account of the förbund's bookkeeping (SIE) goes to: mapped once, used by every re-import. */
export const financeAccountMappings = pgTable(
  'finance_account_mappings',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    account: text('account').notNull(),
    lineId: uuid('line_id')
      .notNull()
      .references(() => financeLines.id, { onDelete: 'cascade' }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.account] })],
);
