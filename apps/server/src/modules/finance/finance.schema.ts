import type { PerInhabitantBasis } from '@insikt/core';
import { bigint, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
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
