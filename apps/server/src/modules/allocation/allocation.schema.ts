import type { GuidelineStep } from '@insikt/core';
import { bigint, date, integer, jsonb, pgTable, primaryKey, real, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { municipalities } from '../organisation/organisation.schema';

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
