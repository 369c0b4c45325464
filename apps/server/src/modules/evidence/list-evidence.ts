import {
  COLLECTED_EVIDENCE_SOURCES,
  evidenceToShow,
  type CollectedEvidenceSource,
  type EvidenceDocumentKind,
  type EvidenceTable,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { Disclosure } from '../../platform/disclosure';
import { notFound } from '../../platform/errors';
import { liveEvidence } from './attach-evidence';
import { authorizeDocument, type EvidenceDocument } from './evidence-documents';
import { fileOf, findItem, listItems, type EvidenceItemRow } from './evidence-items.repository';

export type EvidenceItemView = Omit<EvidenceItemRow, 'snapshot' | 'params' | 'associationId' | 'createdBy'> & {
  year: number | null;
  /** Whether the table is the snapshot taken at fastställande (else live figures of a draft). */
  frozen: boolean;
  table: EvidenceTable | null;
};

const collected = (source: string): source is CollectedEvidenceSource =>
  (COLLECTED_EVIDENCE_SOURCES as readonly string[]).includes(source);

/** One item as the document shows it: frozen figures, live ones of a draft, or the link or file. */
export async function showItem(
  ex: Executor,
  actor: Actor,
  document: EvidenceDocument,
  item: EvidenceItemRow,
  disclosure: Disclosure,
): Promise<EvidenceItemView> {
  const { snapshot, params, associationId: _a, createdBy: _c, ...rest } = item;
  const live =
    collected(item.source) && !snapshot && document.status === 'draft'
      ? await liveEvidence(ex, actor, document, item.source, params, disclosure)
      : null;
  const shown = collected(item.source) ? evidenceToShow(snapshot ?? null, document.status, live) : null;
  return { ...rest, year: params.year ?? null, frozen: shown?.frozen ?? false, table: shown?.table ?? null };
}

/** A document's evidence (one field's: its live figures are all that is computed), for whoever may read the document. */
export async function listEvidence(
  ex: Executor,
  actor: Actor,
  associationId: string,
  kind: EvidenceDocumentKind,
  documentId: string,
  disclosure: Disclosure,
  fieldKey?: string,
): Promise<EvidenceItemView[]> {
  const document = await authorizeDocument(ex, actor, 'evaluation.read', associationId, kind, documentId);
  const items = await listItems(ex, associationId, kind, documentId, fieldKey);
  const shown: EvidenceItemView[] = [];
  for (const item of items) shown.push(await showItem(ex, actor, document, item, disclosure));
  return shown;
}

/** An uploaded document's file, for whoever may read the document it belongs to. */
export async function evidenceFile(ex: Executor, actor: Actor, associationId: string, itemId: string) {
  const item = await findItem(ex, associationId, itemId);
  if (!item) throw notFound('Underlaget');
  await authorizeDocument(ex, actor, 'evaluation.read', associationId, item.documentKind, item.documentId);
  const bytes = item.fileName ? await fileOf(ex, associationId, itemId) : null;
  if (!bytes) throw notFound('Filen');
  return { name: item.fileName!, mediaType: item.mediaType!, bytes };
}
