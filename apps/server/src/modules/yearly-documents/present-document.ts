import type { Actor } from '../../platform/actor';
import { personNameFor } from '../../platform/access-control';
import type { YearlyDocumentRow } from './yearly-documents.repository';

/**
 * What a yearly document answers with to `actor`: its lifecycle and content, not the row's bookkeeping
 * (approver's id), and the approver's name only for those who may see the förbund's people.
 */
export const presentDocument = <C>(actor: Actor, row: YearlyDocumentRow, content: C) => ({
  id: row.id,
  associationId: row.associationId,
  year: row.year,
  revision: row.revision,
  status: row.status,
  approvedAt: row.approvedAt,
  approvedByName: personNameFor(actor, row.associationId, row.approvedByName),
  decisionReference: row.decisionReference,
  version: row.version,
  updatedAt: row.updatedAt,
  content,
});
