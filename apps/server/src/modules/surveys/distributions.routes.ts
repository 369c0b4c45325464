import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createCodesInput,
  createDistributionInput,
  idSchema,
  staffResponseInput,
  updateDistributionInput,
  versionSchema,
} from '@insikt/core';
import { fileResponse, MEDIA_TYPES } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { codesCsv, codesPdf, qrCode } from './code-files';
import { createCodes } from './create-codes';
import { createDistribution } from './create-distribution';
import { enterResponse } from './enter-response';
import { distributionLink, distributionLinks, getDistribution } from './get-distribution';
import { publicUrl, sendProblems } from './survey-http';
import { closeDistribution, updateDistribution } from './update-distribution';
import { answerProblems, distribution, surveyLinks } from './surveys.responses';

const tags = ['surveys'];
const surveyParams = z.object({ id: idSchema, surveyId: idSchema });
const distributionParams = surveyParams.extend({ distributionId: idSchema });
const linkParams = distributionParams.extend({ linkId: idSchema });

export const distributionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/surveys/:surveyId/distributions';
  const one = `${base}/:distributionId`;

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Skicka ut enkäten till en svarsgrupp (en anonym länk per insats)',
        params: surveyParams,
        body: createDistributionInput,
        response: { 201: distribution },
      },
      config: { permission: 'survey.distribute' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, surveyId } = request.params;
      const row = await db.transaction((tx) => createDistribution(tx, actor, id, surveyId, request.body));
      return reply.status(201).send(await getDistribution(db, actor, id, surveyId, row.id));
    },
  );
  app.get(
    one,
    {
      schema: { tags, summary: 'Ett utskick', params: distributionParams, response: { 200: distribution } },
      config: { permission: 'survey.read' },
    },
    async (request) => {
      const { id, surveyId, distributionId } = request.params;
      return getDistribution(db, actorOf(request), id, surveyId, distributionId);
    },
  );
  app.put(
    one,
    {
      schema: {
        tags,
        summary: 'Ändra svarsgrupp, datum eller antal tillfrågade',
        params: distributionParams,
        body: updateDistributionInput,
        response: { 200: distribution },
      },
      config: { permission: 'survey.distribute' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, surveyId, distributionId } = request.params;
      await db.transaction((tx) => updateDistribution(tx, actor, id, surveyId, distributionId, request.body));
      return getDistribution(db, actor, id, surveyId, distributionId);
    },
  );
  app.post(
    `${one}/close`,
    {
      schema: {
        tags,
        summary: 'Stäng utskicket i förtid',
        params: distributionParams,
        body: z.object({ version: versionSchema }).strict(),
        response: { 200: distribution },
      },
      config: { permission: 'survey.distribute' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, surveyId, distributionId } = request.params;
      await db.transaction((tx) => closeDistribution(tx, actor, id, surveyId, distributionId, request.body.version));
      return getDistribution(db, actor, id, surveyId, distributionId);
    },
  );
  app.get(
    `${one}/links`,
    {
      schema: {
        tags,
        summary: 'Utskickets anonyma länkar',
        params: distributionParams,
        response: { 200: surveyLinks },
      },
      config: { permission: 'survey.distribute' },
    },
    async (request) => {
      const { id, surveyId, distributionId } = request.params;
      const links = await distributionLinks(db, actorOf(request), id, surveyId, distributionId);
      return links.map((l) => ({ ...l, url: publicUrl(request, l.token) }));
    },
  );
  for (const format of ['png', 'svg'] as const) {
    app.get(
      `${one}/links/:linkId/qr.${format}`,
      {
        schema: {
          tags,
          summary: `Länken som QR-kod (${format.toUpperCase()}) att skriva ut`,
          params: linkParams,
          response: { 200: fileResponse('QR-koden', [format]) },
        },
        config: { permission: 'survey.distribute' },
      },
      async (request, reply) => {
        const { id, surveyId, distributionId, linkId } = request.params;
        const link = await distributionLink(db, actorOf(request), id, surveyId, distributionId, linkId);
        return reply
          .type(MEDIA_TYPES[format])
          .header('content-disposition', `attachment; filename="enkat-qr.${format}"`)
          .send(await qrCode(publicUrl(request, link.token), format));
      },
    );
  }
  app.post(
    `${one}/codes`,
    {
      schema: {
        tags,
        summary: 'Nya engångskoder (visas bara denna gång): CSV eller PDF med kort att klippa ut',
        params: distributionParams,
        querystring: z.object({ format: z.enum(['csv', 'pdf']).default('pdf') }),
        body: createCodesInput,
        response: { 200: fileResponse('Koderna', ['csv', 'pdf']) },
      },
      config: { permission: 'survey.distribute' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, surveyId, distributionId } = request.params;
      const made = await db.transaction((tx) =>
        createCodes(tx, actor, app.surveyCodes, id, surveyId, distributionId, request.body),
      );
      const sheet = {
        surveyName: made.survey.name,
        interventionName: made.link.interventionName,
        url: publicUrl(request, made.link.token),
        codes: made.codes,
      };
      const format = request.query.format;
      return reply
        .type(format === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8` : MEDIA_TYPES.pdf)
        .header('content-disposition', `attachment; filename="engangskoder.${format}"`)
        .send(format === 'csv' ? codesCsv(sheet) : await codesPdf(sheet));
    },
  );
  app.post(
    `${one}/responses`,
    {
      schema: {
        tags,
        summary: 'Registrera ett svar från en intervju eller en pappersenkät',
        params: distributionParams,
        body: staffResponseInput,
        response: { 201: z.object({ ok: z.literal(true) }), 422: answerProblems },
      },
      config: { permission: 'survey.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, surveyId, distributionId } = request.params;
      const outcome = await db.transaction((tx) =>
        enterResponse(tx, actor, id, surveyId, distributionId, request.body),
      );
      if ('problems' in outcome) return sendProblems(reply, outcome.problems);
      return reply.status(201).send(outcome);
    },
  );
};
