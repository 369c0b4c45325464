import { z } from 'zod';
import { EVIDENCE_DOCUMENT_KINDS, EVIDENCE_SOURCES, evidenceTableSchema, idSchema, versionSchema } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

/** A piece of evidence as a small table (packages/core/src/evaluation/evidence.ts). */
export const evidenceTable = evidenceTableSchema.meta({ id: 'EvidenceTable' });

/** One item attached to a document's field, as the document shows it. */
export const evidenceItem = z
  .object({
    id: idSchema,
    documentKind: z.enum(EVIDENCE_DOCUMENT_KINDS),
    documentId: idSchema,
    fieldKey: z.string(),
    source: z.enum(EVIDENCE_SOURCES),
    title: z.string(),
    url: z.string().nullable(),
    fileName: z.string().nullable(),
    mediaType: z.string().nullable(),
    fileSize: z.number().int().nullable(),
    /** The year the figures were asked for, when not the document's own. */
    year: z.number().int().nullable(),
    frozen: z.boolean().meta({ description: 'Siffrorna frystes när dokumentet fastställdes.' }),
    table: evidenceTable.nullable(),
    createdByName: z.string(),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'EvidenceItem' });
export const evidenceItems = z.array(evidenceItem);
