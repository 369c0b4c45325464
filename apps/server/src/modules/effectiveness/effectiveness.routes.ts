import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { effectivenessContentSchema, evaluationYearSchema, idSchema, latestPerYear } from '@insikt/core';
import { fileResponse } from '../../platform/api-schemas';
import { DOCUMENT_FORMATS, sendDocument } from '../../platform/document';
import { actorOf } from '../../platform/request-context';
import { findAssociation } from '../organisation/organisation.repository';
import { yearlyDocumentChangeRoutes } from '../yearly-documents/change-routes';
import { readDocument } from '../yearly-documents/document-access';
import { createYearlyDocument } from '../yearly-documents/create-document';
import { listYearlyDocuments } from '../yearly-documents/list-documents';
import { effectivenessDocument } from './effectiveness-document';
import { withType } from './effectiveness-view';
import { effectivenessAssessment } from './effectiveness.responses';
import { EFFECTIVENESS } from './effectiveness.spec';

const associationParams = z.object({ id: idSchema });
const assessmentParams = associationParams.extend({ assessmentId: idSchema });
const tags = ['evaluation'];

export const effectivenessRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/effectiveness';
  const one = async (actor: ReturnType<typeof actorOf>, associationId: string, id: string) =>
    withType(await readDocument(db, actor, associationId, EFFECTIVENESS, id));

  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'Förbundets bedömningar av organisationens effektivitet, alla år och versioner (läsare: de fastställda)',
        params: associationParams,
        response: { 200: z.array(effectivenessAssessment) },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request) =>
      (await listYearlyDocuments(db, actorOf(request), request.params.id, EFFECTIVENESS)).map(withType),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Bedöm ett år: inre och yttre effektivitet med motivering och målläge',
        params: associationParams,
        body: z.object({ year: evaluationYearSchema, content: effectivenessContentSchema }),
        response: { 201: effectivenessAssessment },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { year, content } = request.body;
      const row = await db.transaction((tx) =>
        createYearlyDocument(tx, actor, request.params.id, EFFECTIVENESS, year, { content, from: 'Ny bedömning' }),
      );
      return reply.status(201).send(await one(actor, request.params.id, row.id));
    },
  );
  app.get(
    `${base}/:assessmentId`,
    {
      schema: {
        tags,
        summary: 'En effektivitetsbedömning med den typ den ger',
        params: assessmentParams,
        response: { 200: effectivenessAssessment },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request) => one(actorOf(request), request.params.id, request.params.assessmentId),
  );
  yearlyDocumentChangeRoutes(app, {
    base,
    idParam: 'assessmentId',
    spec: EFFECTIVENESS,
    content: effectivenessContentSchema,
    response: effectivenessAssessment,
    summaries: {
      update: 'Ändra ett utkast',
      approve: 'Fastställ bedömningen (med styrelsebeslutets referens)',
      newVersion: 'Starta en ny version (ett utkast) av en fastställd bedömning',
    },
    view: one,
  });
  app.get(
    `${base}/:assessmentId/export`,
    {
      schema: {
        tags,
        summary: 'Bedömningen med rörelsen över åren som Word (.docx) eller PDF',
        params: assessmentParams,
        querystring: z.object({ format: z.enum(DOCUMENT_FORMATS).default('pdf') }),
        response: { 200: fileResponse('Effektivitetsbedömningen', DOCUMENT_FORMATS) },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const assessment = await one(actor, request.params.id, request.params.assessmentId);
      // The other years as this reader sees them, this document standing for its own year.
      const history = latestPerYear(await listYearlyDocuments(db, actor, request.params.id, EFFECTIVENESS)).map((h) =>
        h.year === assessment.year ? assessment : h,
      );
      const association = await findAssociation(db, request.params.id);
      const model = effectivenessDocument(association?.name ?? '', assessment, history);
      return sendDocument(reply, model, request.query.format, `effektivitet-${assessment.year}`);
    },
  );
};
