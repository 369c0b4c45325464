import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { canReadDrafts } from './document-access';
import type { DocumentKindSpec } from './document-kind';
import { presentDocument } from './present-document';
import { listDocuments } from './yearly-documents.repository';

/** Every revision the actor may see, oldest year first; for readers the fastställda only. */
export async function listYearlyDocuments<C>(
  ex: Executor,
  actor: Actor,
  associationId: string,
  spec: DocumentKindSpec<C>,
) {
  authorize(actor, 'evaluation.read', associationId);
  const rows = await listDocuments(ex, associationId, spec.kind, !canReadDrafts(actor, associationId));
  return rows.map((row) => presentDocument(actor, row, spec.schema.parse(row.content)));
}
