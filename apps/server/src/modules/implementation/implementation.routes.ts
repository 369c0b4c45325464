import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, implementationRecordInput, implementationStatusInput, isoDateSchema, todayIso } from '@insikt/core';
import { fileResponse, MEDIA_TYPES } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { changeImplementationStatus } from './change-status';
import { getImplementation } from './get-implementation';
import { implementationBoard } from './implementation-board';
import { implementationBoard as boardSchema, implementationRecord } from './implementation.responses';
import { implementationWorkbook } from './implementation-xlsx';
import { saveImplementation } from './save-implementation';

const associationParams = z.object({ id: idSchema });
const recordParams = associationParams.extend({ interventionId: idSchema });
const tags = ['implementation'];

/** The board view's period: insatser that ended within it; by default the last five calendar years. */
const boardQuery = z
  .object({
    from: isoDateSchema().optional(),
    to: isoDateSchema().optional(),
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .transform((q) => {
    const year = Number(todayIso().slice(0, 4));
    return { ...q, from: q.from ?? `${year - 4}-01-01`, to: q.to ?? `${year}-12-31` };
  })
  .refine((q) => q.from <= q.to, { message: 'Periodens början måste vara före dess slut.', path: ['to'] });

export const implementationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const record = '/associations/:id/interventions/:interventionId/implementation';

  app.get(
    record,
    {
      schema: {
        tags,
        summary: 'Insatsens samverkan och implementering (glapptyp, samverkansform, plan, beslut, status, hinder)',
        params: recordParams,
        response: { 200: implementationRecord },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request) => getImplementation(db, actorOf(request), request.params.id, request.params.interventionId),
  );
  app.put(
    record,
    {
      schema: {
        tags,
        summary: 'Spara insatsens samverkan och implementering (version 0 skapar posten)',
        params: recordParams,
        body: implementationRecordInput,
        response: { 200: implementationRecord },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request) => {
      const { id, interventionId } = request.params;
      await db.transaction((tx) => saveImplementation(tx, actorOf(request), id, interventionId, request.body));
      return getImplementation(db, actorOf(request), id, interventionId);
    },
  );
  app.post(
    `${record}/status`,
    {
      schema: {
        tags,
        summary: 'Ändra implementeringsstatus (med datum; sparas i historiken)',
        params: recordParams,
        body: implementationStatusInput,
        response: { 200: implementationRecord },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request) => {
      const { id, interventionId } = request.params;
      await db.transaction((tx) => changeImplementationStatus(tx, actorOf(request), id, interventionId, request.body));
      return getImplementation(db, actorOf(request), id, interventionId);
    },
  );
  app.get(
    '/associations/:id/implementation',
    {
      schema: {
        tags,
        summary: 'Styrelsens bild av implementering: avslutade insatser, implementeringsgrad, tid till beslut, hinder',
        params: associationParams,
        querystring: boardQuery,
        response: { 200: fileResponse('Implementering av avslutade insatser', ['xlsx'], boardSchema) },
      },
      config: { permission: 'report.read' },
    },
    async (request, reply) => {
      const { format, ...period } = request.query;
      const board = await implementationBoard(db, actorOf(request), request.params.id, period, app.disclosure);
      if (format === 'json') return board;
      return reply
        .type(MEDIA_TYPES.xlsx)
        .header(
          'content-disposition',
          `attachment; filename="implementering-${board.period.from}-${board.period.to}.xlsx"`,
        )
        .send(await implementationWorkbook(board));
    },
  );
};
