import { and, asc, eq, isNull, getTableColumns, sql } from 'drizzle-orm';
import type { EvidenceDocumentKind, EvidenceTable } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { evidenceItems } from './evidence.schema';

const { fileBytes: _bytes, ...listed } = getTableColumns(evidenceItems);
export type EvidenceItemRow = Omit<typeof evidenceItems.$inferSelect, 'fileBytes'>;

const ofDocument = (associationId: string, kind: EvidenceDocumentKind, documentId: string) =>
  and(
    eq(evidenceItems.associationId, associationId),
    eq(evidenceItems.documentKind, kind),
    eq(evidenceItems.documentId, documentId),
  );

/** A document's evidence (or one field's) in the order it was attached, without the files' bytes. */
export async function listItems(
  ex: Executor,
  associationId: string,
  kind: EvidenceDocumentKind,
  documentId: string,
  fieldKey?: string,
): Promise<EvidenceItemRow[]> {
  return ex
    .select(listed)
    .from(evidenceItems)
    .where(
      and(ofDocument(associationId, kind, documentId), fieldKey ? eq(evidenceItems.fieldKey, fieldKey) : undefined),
    )
    .orderBy(asc(evidenceItems.createdAt), asc(evidenceItems.id));
}

export async function findItem(ex: Executor, associationId: string, id: string): Promise<EvidenceItemRow | undefined> {
  const [row] = await ex
    .select(listed)
    .from(evidenceItems)
    .where(and(eq(evidenceItems.associationId, associationId), eq(evidenceItems.id, id)));
  return row;
}

export async function fileOf(ex: Executor, associationId: string, id: string): Promise<Buffer | null> {
  const [row] = await ex
    .select({ bytes: evidenceItems.fileBytes })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.associationId, associationId), eq(evidenceItems.id, id)));
  return row?.bytes ?? null;
}

export async function insertItem(ex: Executor, values: typeof evidenceItems.$inferInsert): Promise<EvidenceItemRow> {
  const [row] = await ex.insert(evidenceItems).values(values).returning(listed);
  return row!;
}

/** Removes an item at the version the user saw; false when it changed or is gone meanwhile. */
export async function deleteItem(ex: Executor, associationId: string, id: string, version: number) {
  const rows = await ex
    .delete(evidenceItems)
    .where(
      and(eq(evidenceItems.associationId, associationId), eq(evidenceItems.id, id), eq(evidenceItems.version, version)),
    )
    .returning({ id: evidenceItems.id });
  return rows.length > 0;
}

/** Stores the frozen figures of an item that has none yet. */
export async function storeSnapshot(ex: Executor, id: string, snapshot: EvidenceTable) {
  await ex
    .update(evidenceItems)
    .set({ snapshot, version: sql`${evidenceItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(evidenceItems.id, id), isNull(evidenceItems.snapshot)));
}

/**
 * A new version of a document starts with the evidence of the one it comes from: links and files as
 * they are, figures live again (no snapshot) until the new version is fastställd in its turn.
 */
export async function copyItems(
  ex: Executor,
  associationId: string,
  kind: EvidenceDocumentKind,
  fromId: string,
  toId: string,
) {
  await ex.execute(sql`
    insert into evidence_items (association_id, document_kind, document_id, field_key, source, params, title, url,
      file_name, media_type, file_size, file_bytes, created_by, created_by_name, created_at)
    select association_id, document_kind, ${toId}::uuid, field_key, source, params, title, url,
      file_name, media_type, file_size, file_bytes, created_by, created_by_name, created_at
    from evidence_items
    where association_id = ${associationId}::uuid and document_kind = ${kind} and document_id = ${fromId}::uuid
    order by created_at, id`);
}
