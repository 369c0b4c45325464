import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '@insikt/core';
import { forbidden } from '../../platform/errors';
import { actorOf } from '../../platform/request-context';
import { importParticipants } from './import-participants';
import { acceptUploads, withUploadedTable } from './upload';
import { templateCsv, templateXlsx } from './template';
import { importResult, templateResponse } from './import.responses';

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptUploads(app);

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
      return withUploadedTable(request.body, request.query.fileName, (table) =>
        importParticipants(
          app.database.db,
          actor,
          table,
          { ...request.query, fileName: request.query.fileName },
          app.personHasher,
        ),
      );
    },
  );
};
