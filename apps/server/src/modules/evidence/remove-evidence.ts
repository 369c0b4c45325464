import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { notFound, versionConflict } from '../../platform/errors';
import { assertDraft, authorizeDocument } from './evidence-documents';
import { deleteItem, findItem } from './evidence-items.repository';

/** Removes a piece of evidence from a draft document, at the version the user saw. */
export async function removeEvidence(tx: Tx, actor: Actor, associationId: string, itemId: string, version: number) {
  const item = await findItem(tx, associationId, itemId);
  if (!item) throw notFound('Underlaget');
  const document = await authorizeDocument(
    tx,
    actor,
    'evaluation.write',
    associationId,
    item.documentKind,
    item.documentId,
  );
  assertDraft(document);
  if (!(await deleteItem(tx, associationId, itemId, version))) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'evidence.remove',
    entityType: item.documentKind,
    entityId: item.documentId,
    associationId,
    details: { itemId, fieldKey: item.fieldKey, source: item.source, title: item.title },
  });
}
