import type { EvidenceDocumentKind, EvidenceSource, EvidenceTable } from '@insikt/core';
import { customType, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';
import { users } from '../users/users.schema';

// PGlite answers bytea as a Uint8Array, pg as a Buffer: both become a Buffer.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Evidence attached to a field of an evaluation document (issue 13 §2): figures from a source of
 * Insikt (live while the document is a draft, `snapshot` frozen at fastställande), a link, or an
 * uploaded document. Generic over documents: `document_kind` names the module whose document
 * `document_id` is, and that module tells the store its förbund, insatser, status and year.
 */
export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    documentKind: text('document_kind').$type<EvidenceDocumentKind>().notNull(),
    documentId: uuid('document_id').notNull(),
    fieldKey: text('field_key').notNull(),
    source: text('source').$type<EvidenceSource>().notNull(),
    /** What the figures were asked for with (the year), so the live figures can be collected again. */
    params: jsonb('params').$type<{ year?: number }>().notNull().default({}),
    snapshot: jsonb('snapshot').$type<EvidenceTable>(),
    title: text('title').notNull(),
    url: text('url'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    fileSize: integer('file_size'),
    /** The uploaded bytes; never read by the lists (a file is up to 10 MB). */
    fileBytes: bytea('file_bytes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('evidence_items_document_idx').on(t.associationId, t.documentKind, t.documentId)],
);
