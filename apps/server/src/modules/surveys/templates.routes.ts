import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createTemplateInput, idSchema, updateTemplateInput, versionSchema } from '@insikt/core';
import { AppError } from '../../platform/errors';
import { fileResponse, MEDIA_TYPES } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { authorize } from '../../platform/access-control';
import { importTemplateJson, importTemplateRows } from './import-template';
import { readTemplateSheet, templateJson, templateSampleXlsx } from './template-files';
import { getTemplate, listTemplatesFor } from './get-template';
import { createTemplate, lockTemplate, updateTemplate } from './save-template';
import { surveyTemplate, templateList } from './surveys.responses';

const tags = ['surveys'];
const associationParams = z.object({ id: idSchema });
const templateParams = associationParams.extend({ templateId: idSchema });
/** A template file is small (the largest built-in is about 16 000 characters as JSON). */
const TEMPLATE_FILE_BYTES = 5 * 1024 * 1024;
const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

const fileBody = (body: unknown): Buffer => {
  if (Buffer.isBuffer(body)) return body;
  throw new AppError(
    400,
    'validation_failed',
    'Skicka filen som begärans kropp med content-type application/octet-stream (eller xlsx).',
  );
};

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/survey-templates';
  // The file is the request body itself (no multipart), as in the participant import.
  app.addContentTypeParser(
    ['application/octet-stream', MEDIA_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: TEMPLATE_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );

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
  app.get(
    `${base}/:templateId/export.json`,
    {
      schema: {
        tags,
        summary: 'Mallen som JSON-fil (formatet insikt-survey-template)',
        params: templateParams,
        response: { 200: { description: 'Mallfilen', content: { 'application/json': { schema: z.string() } } } },
      },
      config: { permission: 'survey.read' },
    },
    async (request, reply) => {
      const template = await getTemplate(db, actorOf(request), request.params.id, request.params.templateId);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="enkatmall.json"')
        .serializer((payload: string) => payload)
        .send(templateJson({ ...template, associationId: request.params.id }));
    },
  );
  app.post(
    `${base}/import-json`,
    {
      schema: {
        tags,
        summary: 'Importera en mall från en JSON-fil (allt eller inget)',
        params: associationParams,
        querystring: z.object({ name: z.string().trim().min(1).max(200).optional() }),
        response: { 201: surveyTemplate },
      },
      config: { permission: 'survey.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : JSON.stringify(request.body);
      const row = await db.transaction((tx) =>
        importTemplateJson(tx, actor, request.params.id, text, request.query.name),
      );
      return reply.status(201).send(await getTemplate(db, actor, request.params.id, row.id));
    },
  );
  app.post(
    `${base}/import-excel`,
    {
      schema: {
        tags,
        summary: 'Importera en mall från ett Excel-blad med en fråga per rad (allt eller inget)',
        params: associationParams,
        querystring: z.object({
          name: z.string().trim().min(1).max(200),
          source: z.string().trim().max(200).default(''),
          locked: flag,
        }),
        response: { 201: surveyTemplate },
      },
      config: { permission: 'survey.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const rows = await readTemplateSheet(fileBody(request.body));
      const row = await db.transaction((tx) => importTemplateRows(tx, actor, request.params.id, rows, request.query));
      return reply.status(201).send(await getTemplate(db, actor, request.params.id, row.id));
    },
  );
  app.get(
    `${base}/excel-sample`,
    {
      schema: {
        tags,
        summary: 'Exempel på Excel-formatet (en fråga per rad): deltagarenkäten, Bilaga 6',
        params: associationParams,
        response: { 200: fileResponse('Exempelfilen', ['xlsx']) },
      },
      config: { permission: 'survey.read' },
    },
    async (request, reply) => {
      authorize(actorOf(request), 'survey.read', request.params.id);
      return reply
        .type(MEDIA_TYPES.xlsx)
        .header('content-disposition', 'attachment; filename="enkatmall-exempel.xlsx"')
        .send(await templateSampleXlsx());
    },
  );
};
