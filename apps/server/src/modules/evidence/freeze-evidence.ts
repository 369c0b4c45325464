import {
  COLLECTED_EVIDENCE_SOURCES,
  freezeEvidence,
  type CollectedEvidenceSource,
  type EvidenceDocumentKind,
} from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { Disclosure } from '../../platform/disclosure';
import { liveEvidence } from './attach-evidence';
import type { EvidenceDocument } from './evidence-documents';
import { copyItems, listItems, storeSnapshot } from './evidence-items.repository';

/**
 * Freezes every figure attached to a document as it is fastställd: called by the document's approve
 * use case inside its transaction, so the decision and the figures it was taken on are stored together.
 */
export async function freezeDocumentEvidence(
  tx: Tx,
  actor: Actor,
  kind: EvidenceDocumentKind,
  documentId: string,
  document: EvidenceDocument,
  disclosure: Disclosure,
) {
  const at = new Date().toISOString();
  for (const item of await listItems(tx, document.associationId, kind, documentId)) {
    if (item.snapshot || !(COLLECTED_EVIDENCE_SOURCES as readonly string[]).includes(item.source)) continue;
    const live = await liveEvidence(
      tx,
      actor,
      document,
      item.source as CollectedEvidenceSource,
      item.params,
      disclosure,
    );
    await storeSnapshot(tx, item.id, freezeEvidence(live, at));
  }
}

/** A new version of a document takes over the evidence of the one it starts from (figures live again). */
export const carryOverEvidence = (
  tx: Tx,
  associationId: string,
  kind: EvidenceDocumentKind,
  fromId: string,
  toId: string,
) => copyItems(tx, associationId, kind, fromId, toId);
