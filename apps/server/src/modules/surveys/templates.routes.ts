import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createTemplateInput, idSchema, updateTemplateInput, versionSchema } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { getTemplate, listTemplatesFor } from './get-template';
import { createTemplate, lockTemplate, updateTemplate } from './save-template';
import { surveyTemplate, templateList } from './surveys.responses';

const tags = ['surveys'];
const associationParams = z.object({ id: idSchema });
const templateParams = associationParams.extend({ templateId: idSchema });

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/survey-templates';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Inbyggda enkätmallar och förbundets egna',
        params: associationParams,
        response: { 200: templateList },
      },
      config: { permission: 'survey.read' },
    },
    async (request) => listTemplatesFor(db, actorOf(request), request.params.id),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Kopiera en inbyggd mall eller en av förbundets mallar',
        params: associationParams,
        body: createTemplateInput,
        response: { 201: surveyTemplate },
      },
      config: { permission: 'survey.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await db.transaction((tx) => createTemplate(tx, actor, request.params.id, request.body));
      return reply.status(201).send(await getTemplate(db, actor, request.params.id, row.id));
    },
  );
  app.get(
    `${base}/:templateId`,
    {
      schema: { tags, summary: 'En enkätmall', params: templateParams, response: { 200: surveyTemplate } },
      config: { permission: 'survey.read' },
    },
    async (request) => getTemplate(db, actorOf(request), request.params.id, request.params.templateId),
  );
  app.put(
    `${base}/:templateId`,
    {
      schema: {
        tags,
        summary: 'Spara mallen (ny version); en låst mall vägrar ändrad formulering',
        params: templateParams,
        body: updateTemplateInput,
        response: { 200: surveyTemplate },
      },
      config: { permission: 'survey.write' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, templateId } = request.params;
      await db.transaction((tx) => updateTemplate(tx, actor, id, templateId, request.body));
      return getTemplate(db, actor, id, templateId);
    },
  );
  app.post(
    `${base}/:templateId/lock`,
    {
      schema: {
        tags,
        summary: 'Lås mallens formulering (går inte att låsa upp)',
        params: templateParams,
        body: z.object({ version: versionSchema }).strict(),
        response: { 200: surveyTemplate },
      },
      config: { permission: 'survey.write' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, templateId } = request.params;
      await db.transaction((tx) => lockTemplate(tx, actor, id, templateId, request.body.version));
      return getTemplate(db, actor, id, templateId);
    },
  );
};
