import { z } from 'zod';
import { idSchema } from '../schemas';
import { COLLECTED_EVIDENCE_SOURCES, type EvidenceTable } from './evidence';
import type { DocumentStatus } from './lifecycle';
import { evaluationYearSchema } from './lifecycle';

/** The evaluation documents that hold evidence; each module registers its kind on the server. */
export const EVIDENCE_DOCUMENT_KINDS = ['self_assessment'] as const;
export type EvidenceDocumentKind = (typeof EVIDENCE_DOCUMENT_KINDS)[number];

/** Where in the document the evidence belongs, e.g. a tolvfältaren field "3". */
export const evidenceFieldKeySchema = z
  .string()
  .regex(
    /^[a-z0-9_.-]{1,50}$/,
    'Fältets nyckel består av 1–50 gemener, siffror, punkt, bindestreck eller understreck.',
  );

const target = {
  documentKind: z.enum(EVIDENCE_DOCUMENT_KINDS),
  documentId: idSchema,
  fieldKey: evidenceFieldKeySchema,
};

/**
 * What a user attaches: figures from a source of Insikt (for the document's own förbund or insatser;
 * the year defaults to the document's), or a link. Uploaded files come as the request body.
 */
export const attachEvidenceInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('source'),
    ...target,
    source: z.enum(COLLECTED_EVIDENCE_SOURCES),
    year: evaluationYearSchema.optional(),
  }),
  z.object({
    kind: z.literal('link'),
    ...target,
    title: z.string().trim().min(1).max(200),
    // Only web addresses: a javascript: or file: link in a board document is an attack, not evidence.
    url: z.url({ protocol: /^https?$/, error: 'Ange en webbadress som börjar med https:// eller http://.' }).max(2000),
  }),
]);
export type AttachEvidenceInput = z.infer<typeof attachEvidenceInput>;

/** An uploaded document above this size is refused (a board appendix, not an archive). */
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;

const zipPart = (folder: string) => (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, '[Content_Types].xml') && contains(bytes, folder);

/** The file types a document may be, with what their first bytes must be (an .exe renamed .pdf is refused). */
export const EVIDENCE_FILE_TYPES = {
  pdf: { mediaType: 'application/pdf', matches: (b: Uint8Array) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: zipPart('word/'),
  },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: zipPart('xl/') },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    matches: zipPart('ppt/'),
  },
  png: {
    mediaType: 'image/png',
    matches: (b: Uint8Array) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpeg: { mediaType: 'image/jpeg', matches: (b: Uint8Array) => startsWith(b, [0xff, 0xd8, 0xff]) },
} as const;
export type EvidenceFileType = keyof typeof EVIDENCE_FILE_TYPES;

const EXTENSIONS: Record<string, EvidenceFileType> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

// Zip entry names are stored uncompressed, in the local headers and the central directory. A plain
// scan (no Buffer: core runs in the browser too); entry names are ASCII.
function contains(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text, (c) => c.charCodeAt(0));
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether an upload is a document of an allowed type: its name's extension names the type and its
 * first bytes are that type's (OWASP file upload: allow-list of extensions, checked by content).
 */
export function checkEvidenceFile(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; type: EvidenceFileType; mediaType: string } | { ok: false; message: string } {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const type = fileName.includes('.') ? EXTENSIONS[extension] : undefined;
  if (!type)
    return {
      ok: false,
      message: `Filen ${fileName} är inte en tillåten typ. Tillåtna är PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), PNG och JPEG.`,
    };
  if (bytes.length === 0) return { ok: false, message: `Filen ${fileName} är tom.` };
  if (bytes.length > MAX_EVIDENCE_FILE_BYTES)
    return { ok: false, message: `Filen ${fileName} är större än ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB.` };
  if (!EVIDENCE_FILE_TYPES[type].matches(bytes))
    return { ok: false, message: `Filen ${fileName} har ändelsen .${extension} men innehållet är inte en sådan fil.` };
  return { ok: true, type, mediaType: EVIDENCE_FILE_TYPES[type].mediaType };
}

/**
 * A snapshot of live evidence at fastställande: a copy that nothing shares with the live figures,
 * stamped with the moment it was frozen (issue 13 §2: value + definition + period stay true).
 */
export function freezeEvidence(live: EvidenceTable, at: string): EvidenceTable {
  return { ...structuredClone(live), capturedAt: at };
}

/**
 * What a document shows of one piece of evidence: its frozen snapshot when there is one; otherwise
 * the live figures while the document is a draft. A fastställd document never shows live figures
 * (it shows nothing rather than figures that were not decided on).
 */
export function evidenceToShow(
  snapshot: EvidenceTable | null,
  status: DocumentStatus,
  live: EvidenceTable | null,
): { table: EvidenceTable; frozen: boolean } | null {
  if (snapshot) return { table: snapshot, frozen: true };
  if (status === 'draft' && live) return { table: live, frozen: false };
  return null;
}
