import type { DocumentStatus, TocContent } from '@insikt/core';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';
import { users } from '../users/users.schema';

/**
 * A theory of change of one insats or a cluster of insatser (issue 13 §5). The columns, mechanisms
 * and evaluation plan are one JSON document: the editor reads and saves them whole, and a fastställd
 * edition is a frozen copy of it. A new edition is a new row pointing to the one it continues.
 */
export const theoriesOfChange = pgTable(
  'theories_of_change',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    interventionIds: jsonb('intervention_ids').$type<string[]>().notNull(),
    content: jsonb('content').$type<TocContent>().notNull(),
    status: text('status').$type<DocumentStatus>().notNull().default('draft'),
    edition: integer('edition').notNull().default(1),
    previousId: uuid('previous_id'),
    decisionReference: text('decision_reference'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    // Kept as written at approval, like a signature: the account may be renamed or removed later.
    approvedByName: text('approved_by_name'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('theories_of_change_association_idx').on(t.associationId)],
);
