import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evaluationYearSchema, idSchema, programmeLogicContentSchema, uppsalaTemplate, emptyLogic } from '@insikt/core';
import { fileResponse } from '../../platform/api-schemas';
import { DOCUMENT_FORMATS, sendDocument } from '../../platform/document';
import { actorOf } from '../../platform/request-context';
import { findAssociation } from '../organisation/organisation.repository';
import { yearlyDocumentChangeRoutes } from '../yearly-documents/change-routes';
import { createYearlyDocument } from '../yearly-documents/create-document';
import { listYearlyDocuments } from '../yearly-documents/list-documents';
import { getProgrammeLogic } from './get-programme-logic';
import { logicDocument } from './logic-document';
import { programmeLogic, programmeLogicSummary } from './programme-logic.responses';
import { PROGRAMME_LOGIC } from './programme-logic.spec';

const associationParams = z.object({ id: idSchema });
const logicParams = associationParams.extend({ logicId: idSchema });
const tags = ['evaluation'];
/** How a year's logic starts: 002's Uppsala logic (the built-in template), last year's, or empty. */
const START = { template: 'Mallen (Samordningsförbundet Uppsala län, 002 Tabell 1)', empty: 'Tom' } as const;

export const programmeLogicRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/programme-logics';
  const view = (actor: ReturnType<typeof actorOf>, associationId: string, id: string) =>
    getProgrammeLogic(db, actor, associationId, id, app.disclosure);

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Förbundets mål- och programlogiker, alla år och versioner (läsare: de fastställda)',
        params: associationParams,
        response: { 200: z.array(programmeLogicSummary) },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request) =>
      (await listYearlyDocuments(db, actorOf(request), request.params.id, PROGRAMME_LOGIC)).map(
        ({ content: _content, ...summary }) => summary,
      ),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Starta årets programlogik från mallen, från förra årets eller tom',
        params: associationParams,
        body: z.object({ year: evaluationYearSchema, start: z.enum(['template', 'previous', 'empty']) }),
        response: { 201: programmeLogic },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { year, start } = request.body;
      const row = await db.transaction((tx) =>
        createYearlyDocument(
          tx,
          actor,
          request.params.id,
          PROGRAMME_LOGIC,
          year,
          start === 'previous'
            ? { copyPrevious: true }
            : { content: start === 'template' ? uppsalaTemplate() : emptyLogic(), from: START[start] },
        ),
      );
      return reply.status(201).send(await view(actor, request.params.id, row.id));
    },
  );
  app.get(
    `${base}/:logicId`,
    {
      schema: {
        tags,
        summary: 'En programlogik med uppmätt måluppfyllelse per delmål och år',
        params: logicParams,
        response: { 200: programmeLogic },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request) => view(actorOf(request), request.params.id, request.params.logicId),
  );
  yearlyDocumentChangeRoutes(app, {
    base,
    idParam: 'logicId',
    spec: PROGRAMME_LOGIC,
    content: programmeLogicContentSchema,
    response: programmeLogic,
    summaries: {
      update: 'Spara ett utkast (nivåer, rader, indikatorer, effekt)',
      approve: 'Fastställ programlogiken (med styrelsebeslutets referens)',
      newVersion: 'Starta en ny version (ett utkast) av en fastställd programlogik',
    },
    view,
  });
  app.get(
    `${base}/:logicId/export`,
    {
      schema: {
        tags,
        summary: 'Programlogiken som Word (.docx) eller PDF, i tabellformen från 002 Tabell 1',
        params: logicParams,
        querystring: z.object({ format: z.enum(DOCUMENT_FORMATS).default('pdf') }),
        response: { 200: fileResponse('Programlogiken', DOCUMENT_FORMATS) },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const logic = await view(actor, request.params.id, request.params.logicId);
      const association = await findAssociation(db, request.params.id);
      const model = logicDocument(association?.name ?? '', logic);
      return sendDocument(reply, model, request.query.format, `programlogik-${logic.year}`);
    },
  );
};
