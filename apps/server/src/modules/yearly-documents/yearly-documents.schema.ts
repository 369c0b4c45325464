import type { DocumentStatus } from '@insikt/core';
import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';
import { users } from '../users/users.schema';

/** The förbund-level documents kept once a year and read whole (decision 0027). */
export const YEARLY_DOCUMENT_KINDS = ['programme_logic', 'effectiveness'] as const;
export type YearlyDocumentKind = (typeof YEARLY_DOCUMENT_KINDS)[number];

/**
 * A förbund's programme logic or effectiveness assessment of one year. Each fastställande is kept:
 * a new version is a new row (revision + 1) copied from the fastställd one, so the board's decided
 * text never changes. The content is one JSON document, validated by core's schema of its kind.
 */
export const yearlyDocuments = pgTable(
  'yearly_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: YEARLY_DOCUMENT_KINDS }).notNull(),
    year: integer('year').notNull(),
    revision: integer('revision').notNull().default(1),
    status: text('status').$type<DocumentStatus>().notNull().default('draft'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    approvedByName: text('approved_by_name'),
    decisionReference: text('decision_reference'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The unique key also serves the lookups by förbund, kind and year.
  (t) => [unique('yearly_documents_revision_uq').on(t.associationId, t.kind, t.year, t.revision)],
);
