import type { GuidelineStep, SimulationChange } from '@insikt/core';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations, municipalities } from '../organisation/organisation.schema';

/**
 * The national council's equity guideline ("trappan"), one row per version by its decision date
 * (issue 16 §4): the steps are configuration entered by the system administrator, never hard-coded.
 */
export const equityGuidelines = pgTable('equity_guidelines', {
  id: uuid('id').primaryKey().defaultRandom(),
  decidedOn: date('decided_on').notNull().unique(),
  steps: jsonb('steps').$type<GuidelineStep[]>().notNull(),
  note: text('note').notNull().default(''),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * The parameters of the state allocation model for one year (finance.md, FK's model from 2016):
 * the distributable amount D, the base grant G, the weight of the försörjningsmått key and the
 * protection limit. Whole kronor; the weight and limit are shares (0.75, 0.10).
 */
export const allocationYears = pgTable('allocation_years', {
  year: integer('year').primaryKey(),
  distributable: bigint('distributable', { mode: 'number' }).notNull(),
  baseGrant: bigint('base_grant', { mode: 'number' }).notNull(),
  supportMeasureWeight: real('support_measure_weight').notNull(),
  protectionLimit: real('protection_limit').notNull(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Inputs per kommun and year, imported from a file (finance.md): försörjningsmått (kr) and inhabitants
 * 16–64. The allocation model reads both; the members' contributions and kronor per inhabitant read the
 * inhabitants, so they live here once, keyed by year, not by model year.
 */
export const kommunYearInputs = pgTable(
  'kommun_year_inputs',
  {
    year: integer('year').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    supportMeasure: bigint('support_measure', { mode: 'number' }),
    inhabitants16to64: integer('inhabitants_16_64'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.year, t.municipalityCode] })],
);

/**
 * A model year's förbund (issue 16 §5): the national model covers every förbund in the country, while
 * Insikt may hold only some, so each model year keeps its own list. `associationId` links a row to an
 * Insikt förbund; `requested` null means the whole offer; `equity` and `income` are the figures of the
 * förbund's annual report that the guideline test uses (decision 0053).
 */
export const allocationForbund = pgTable(
  'allocation_forbund',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year')
      .notNull()
      .references(() => allocationYears.year, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'set null' }),
    municipalityCodes: jsonb('municipality_codes').$type<string[]>().notNull(),
    previousAllocation: bigint('previous_allocation', { mode: 'number' }),
    requested: bigint('requested', { mode: 'number' }),
    equity: bigint('equity', { mode: 'number' }),
    income: bigint('income', { mode: 'number' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The unique index on (year, name) also serves the lookups by year.
  (t) => [unique('allocation_forbund_name_uq').on(t.year, t.name)],
);

/**
 * A saved simulation (issue 16 §6): a copy of a year's model with changes (core `SimulationChange[]`).
 * A förbund administrator's belong to the förbund (`associationId`); the system administrator's are
 * national (null).
 */
export const allocationSimulations = pgTable(
  'allocation_simulations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year')
      .notNull()
      .references(() => allocationYears.year, { onDelete: 'cascade' }),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    changes: jsonb('changes').$type<SimulationChange[]>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('allocation_simulations_association_idx').on(t.associationId)],
);
