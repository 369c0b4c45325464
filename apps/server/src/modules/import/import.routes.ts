import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '@insikt/core';
import { AppError, forbidden } from '../../platform/errors';
import { actorOf } from '../../platform/request-context';
import { importParticipants } from './import-participants';
import { openTable } from './read-table';
import { templateCsv, templateXlsx } from './template';
import { importResult, templateResponse } from './import.responses';

/** Uploads above this size are refused (413) while streaming, before they fill the disk. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  // The file is the request body itself (no multipart): streamed to a temporary file.
  for (const type of [
    'application/octet-stream',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ]) {
    app.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
  }

  app.get(
    '/imports/template',
    {
      schema: {
        tags: ['import'],
        summary: 'Mall för importformatet',
        querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
        response: { 200: templateResponse },
      },
      // The template holds no data; every signed-in user may fetch it.
      config: {},
    },
    async (request, reply) => {
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="insikt-importmall.csv"')
          .send(templateCsv());
      }
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="insikt-importmall.xlsx"')
        .send(await templateXlsx());
    },
  );

  app.post(
    '/imports/participants',
    {
      schema: {
        tags: ['import'],
        summary: 'Importera deltagare från CSV eller XLSX (filen som begärans kropp)',
        querystring: z.object({
          fileName: z.string().min(1).max(255),
          association: z.string().max(200).optional(),
          createInterventions: flag,
          dryRun: flag,
        }),
        response: { 200: importResult },
      },
      config: { permission: 'participant.write' },
    },
    async (request) => {
      const actor = actorOf(request);
      // Refuse before reading a possibly large upload.
      if (!actor.operator && !can(actor.roles, 'participant.write')) throw forbidden();
      if (!(request.body instanceof Readable)) {
        throw new AppError(
          400,
          'validation_failed',
          'Skicka filen som begärans kropp med content-type application/octet-stream, text/csv eller xlsx.',
        );
      }
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-import-'));
      const file = path.join(dir, 'upload');
      try {
        let bytes = 0;
        const limit = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            bytes += chunk.length;
            if (bytes > MAX_IMPORT_BYTES)
              callback(new AppError(413, 'payload_too_large', 'Filen är större än 100 MB. Dela upp den.'));
            else callback(null, chunk);
          },
        });
        await pipeline(request.body, limit, fs.createWriteStream(file, { mode: 0o600 }));
        const table = await openTable(file, request.query.fileName);
        return await importParticipants(
          app.database.db,
          actor,
          table,
          { ...request.query, fileName: request.query.fileName },
          app.personHasher,
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
};
