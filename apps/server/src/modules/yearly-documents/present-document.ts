import type { YearlyDocumentRow } from './yearly-documents.repository';

/** What a yearly document answers with: its lifecycle and content, not the row's bookkeeping (approver's id). */
export const presentDocument = <C>(row: YearlyDocumentRow, content: C) => ({
  id: row.id,
  associationId: row.associationId,
  year: row.year,
  revision: row.revision,
  status: row.status,
  approvedAt: row.approvedAt,
  approvedByName: row.approvedByName,
  decisionReference: row.decisionReference,
  version: row.version,
  updatedAt: row.updatedAt,
  content,
});
