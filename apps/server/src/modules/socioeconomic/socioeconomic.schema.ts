import type { PriceListRow } from '@insikt/core';
import { boolean, date, index, integer, jsonb, pgTable, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';
import { users } from '../users/users.schema';
import { interventions } from '../interventions/interventions.schema';

/**
 * Price lists of the socio-economic model (socioeconomic.md "Inputs"): the national default has no
 * förbund; each förbund copies it and edits its own, one list per year. Every row carries its
 * source note; the rows are one JSON document because they are read and written as a whole.
 */
export const priceLists = pgTable(
  'price_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    name: text('name').notNull(),
    rows: jsonb('rows').$type<PriceListRow[]>().notNull(),
    /** True while the values are the contract's examples (the UI warns). */
    isExample: boolean('is_example').notNull().default(false),
    copiedFrom: uuid('copied_from'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('price_lists_association_year_uq').on(t.associationId, t.year).nullsNotDistinct()],
);

/**
 * A saved socio-economic analysis of an insats: the complete input (price list values, cases,
 * cost, shares) and the result, so it can be reproduced and compared with a later run.
 */
export const socioeconomicAnalyses = pgTable(
  'socioeconomic_analyses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    interventionId: uuid('intervention_id')
      .notNull()
      .references(() => interventions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    priceListId: uuid('price_list_id').references(() => priceLists.id, { onDelete: 'set null' }),
    priceListVersion: integer('price_list_version').notNull(),
    input: jsonb('input').notNull(),
    result: jsonb('result').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('socioeconomic_analyses_intervention_idx').on(t.interventionId, t.createdAt)],
);
