import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attachEvidenceInput,
  COLLECTED_EVIDENCE_SOURCES,
  evaluationYearSchema,
  EVIDENCE_DOCUMENT_KINDS,
  evidenceFieldKeySchema,
  EVIDENCE_FILE_TYPES,
  idSchema,
  MAX_EVIDENCE_FILE_BYTES,
} from '@insikt/core';
import { fileResponse, okBody, OK } from '../../platform/api-schemas';
import { AppError } from '../../platform/errors';
import { actorOf } from '../../platform/request-context';
import { attachEvidence, uploadEvidence } from './attach-evidence';
import { collectEvidence } from './collect-evidence';
import { authorizeDocument } from './evidence-documents';
import { findItem } from './evidence-items.repository';
import { evidenceFile, listEvidence, showItem } from './list-evidence';
import { removeEvidence } from './remove-evidence';
import { evidenceItem, evidenceItems, evidenceTable } from './evidence.responses';

const tags = ['evaluation'];
const associationParams = z.object({ id: idSchema });
const itemParams = associationParams.extend({ itemId: idSchema });
const documentQuery = z.object({ documentKind: z.enum(EVIDENCE_DOCUMENT_KINDS), documentId: idSchema });

/** Insatser of one document: a cluster has a few; more than fifty is no document anyone writes. */
const MAX_INTERVENTIONS = 50;

export const evidenceQuery = z.object({
  source: z.enum(COLLECTED_EVIDENCE_SOURCES),
  year: z.coerce.number().pipe(evaluationYearSchema),
  // Repeated (`interventionId=a&interventionId=b`) for a cluster; absent for the whole förbund.
  interventionId: z
    .union([idSchema, z.array(idSchema).max(MAX_INTERVENTIONS)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

// Uploaded documents are the request body itself, as the import does (no multipart).
const UPLOAD_TYPES = ['application/octet-stream', ...Object.values(EVIDENCE_FILE_TYPES).map((t) => t.mediaType)];

export const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const items = '/associations/:id/evidence-items';
  app.addContentTypeParser(
    UPLOAD_TYPES,
    { parseAs: 'buffer', bodyLimit: MAX_EVIDENCE_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/associations/:id/evidence',
    {
      schema: {
        tags,
        summary:
          'Underlag ur Insikt för en utvärdering: en källa för förbundet eller insatserna ett år, med röjandeskydd',
        params: associationParams,
        querystring: evidenceQuery,
        response: { 200: evidenceTable },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request) =>
      collectEvidence(
        db,
        actorOf(request),
        {
          source: request.query.source,
          associationId: request.params.id,
          interventionIds: request.query.interventionId,
          year: request.query.year,
        },
        app.disclosure,
      ),
  );

  app.get(
    items,
    {
      schema: {
        tags,
        summary: 'Ett dokuments underlag per fält: levande siffror i ett utkast, frysta i ett fastställt',
        params: associationParams,
        querystring: documentQuery.extend({ fieldKey: evidenceFieldKeySchema.optional() }),
        response: { 200: evidenceItems },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request) =>
      listEvidence(
        db,
        actorOf(request),
        request.params.id,
        request.query.documentKind,
        request.query.documentId,
        app.disclosure,
        request.query.fieldKey,
      ),
  );

  app.post(
    items,
    {
      schema: {
        tags,
        summary: 'Bifoga underlag till ett fält i ett utkast: siffror ur Insikt eller en länk',
        params: associationParams,
        body: attachEvidenceInput,
        response: { 201: evidenceItem },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const item = await db.transaction((tx) => attachEvidence(tx, actor, id, request.body, app.disclosure));
      return reply.status(201).send(await shown(actor, id, item.id));
    },
  );

  app.post(
    `${items}/upload`,
    {
      schema: {
        tags,
        summary: 'Ladda upp ett dokument (PDF, Word, Excel, PowerPoint, PNG, JPEG; högst 10 MB) som underlag',
        params: associationParams,
        querystring: documentQuery.extend({
          fieldKey: evidenceFieldKeySchema,
          fileName: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .refine((name) => !/[/\\]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 32), {
              message: 'Filnamnet får inte innehålla / eller \\ eller styrtecken.',
            }),
        }),
        response: { 201: evidenceItem },
      },
      config: { permission: 'evaluation.write' },
      bodyLimit: MAX_EVIDENCE_FILE_BYTES,
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body))
        throw new AppError(415, 'validation_failed', 'Skicka filen som begärans kropp (application/octet-stream).');
      const actor = actorOf(request);
      const { id } = request.params;
      const body = request.body;
      const item = await db.transaction((tx) => uploadEvidence(tx, actor, id, request.query, body));
      return reply.status(201).send(await shown(actor, id, item.id));
    },
  );

  app.delete(
    `${items}/:itemId`,
    {
      schema: {
        tags,
        summary: 'Ta bort underlag från ett utkast',
        params: itemParams,
        querystring: z.object({ version: z.coerce.number().int().nonnegative() }),
        response: { 200: okBody },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request) => {
      const { id, itemId } = request.params;
      await db.transaction((tx) => removeEvidence(tx, actorOf(request), id, itemId, request.query.version));
      return OK;
    },
  );

  app.get(
    `${items}/:itemId/file`,
    {
      schema: {
        tags,
        summary: 'Ett uppladdat dokument',
        params: itemParams,
        response: { 200: fileResponse('Dokumentet', ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg']) },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request, reply) => {
      const file = await evidenceFile(db, actorOf(request), request.params.id, request.params.itemId);
      return reply
        .type(file.mediaType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(file.bytes);
    },
  );

  /** An item as the list shows it, after a change. */
  async function shown(actor: ReturnType<typeof actorOf>, associationId: string, itemId: string) {
    const item = (await findItem(db, associationId, itemId))!;
    const document = await authorizeDocument(
      db,
      actor,
      'evaluation.read',
      associationId,
      item.documentKind,
      item.documentId,
    );
    return showItem(db, actor, document, item, app.disclosure);
  }
};
