import {
  checkEvidenceFile,
  findIdentityNumber,
  identityNumberMessage,
  type AttachEvidenceInput,
  type CollectedEvidenceSource,
  type EvidenceDocumentKind,
} from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { invalid } from '../../platform/errors';
import { collectEvidence } from './collect-evidence';
import { assertDraft, authorizeDocument, type EvidenceDocument } from './evidence-documents';
import { insertItem, type EvidenceItemRow } from './evidence-items.repository';

/** The live figures of a source for a document: its förbund or insatser, the year asked for or the document's. */
export const liveEvidence = (
  ex: Executor,
  actor: Actor,
  document: EvidenceDocument,
  source: CollectedEvidenceSource,
  params: { year?: number },
  disclosure: Disclosure,
) =>
  collectEvidence(
    ex,
    actor,
    {
      source,
      associationId: document.associationId,
      interventionIds: document.interventionIds,
      year: params.year ?? document.year,
    },
    disclosure,
  );

const creator = (actor: Actor) => ({ createdBy: actor.userId, createdByName: actor.name || actor.email });

/**
 * Attaches figures from a source of Insikt, or a link, to a field of a draft document. The figures
 * are collected once now, so a source that cannot be shown is refused at once, not at fastställande.
 */
export async function attachEvidence(
  tx: Tx,
  actor: Actor,
  associationId: string,
  input: AttachEvidenceInput,
  disclosure: Disclosure,
): Promise<EvidenceItemRow> {
  const document = await authorizeDocument(
    tx,
    actor,
    'evaluation.write',
    associationId,
    input.documentKind,
    input.documentId,
  );
  assertDraft(document);
  const target = {
    associationId,
    documentKind: input.documentKind,
    documentId: input.documentId,
    fieldKey: input.fieldKey,
  };
  const item =
    input.kind === 'link'
      ? await insertItem(tx, { ...target, source: 'link', title: input.title, url: input.url, ...creator(actor) })
      : await insertItem(tx, {
          ...target,
          source: input.source,
          params: input.year ? { year: input.year } : {},
          title: (await liveEvidence(tx, actor, document, input.source, { year: input.year }, disclosure)).title,
          ...creator(actor),
        });
  await writeAudit(tx, actor, {
    action: 'evidence.attach',
    entityType: input.documentKind,
    entityId: input.documentId,
    associationId,
    details: { itemId: item.id, fieldKey: input.fieldKey, source: item.source, title: item.title },
  });
  return item;
}

export interface EvidenceUpload {
  documentKind: EvidenceDocumentKind;
  documentId: string;
  fieldKey: string;
  fileName: string;
}

/** Attaches an uploaded document (pdf, docx, xlsx, pptx, png, jpeg; checked by content) to a draft. */
export async function uploadEvidence(
  tx: Tx,
  actor: Actor,
  associationId: string,
  upload: EvidenceUpload,
  bytes: Buffer,
): Promise<EvidenceItemRow> {
  const document = await authorizeDocument(
    tx,
    actor,
    'evaluation.write',
    associationId,
    upload.documentKind,
    upload.documentId,
  );
  assertDraft(document);
  const checked = checkEvidenceFile(upload.fileName, bytes);
  if (!checked.ok)
    throw invalid([{ field: 'fileName', value: upload.fileName, message: checked.message }], checked.message);
  // A file name is shown to every reader of the document: it must not name a person by number.
  if (findIdentityNumber(upload.fileName))
    throw invalid(
      [{ field: 'fileName', message: identityNumberMessage('Filnamnet') }],
      identityNumberMessage('Filnamnet'),
    );
  const item = await insertItem(tx, {
    associationId,
    documentKind: upload.documentKind,
    documentId: upload.documentId,
    fieldKey: upload.fieldKey,
    source: 'document',
    title: upload.fileName,
    fileName: upload.fileName,
    mediaType: checked.mediaType,
    fileSize: bytes.length,
    fileBytes: bytes,
    ...creator(actor),
  });
  await writeAudit(tx, actor, {
    action: 'evidence.upload',
    entityType: upload.documentKind,
    entityId: upload.documentId,
    associationId,
    details: { itemId: item.id, fieldKey: upload.fieldKey, fileName: upload.fileName, size: bytes.length },
  });
  return item;
}
