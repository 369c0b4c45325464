import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createSurveyInput, idSchema, updateSurveyInput } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { createSurvey } from './create-survey';
import { distributionRoutes } from './distributions.routes';
import { getSurvey, listSurveysFor } from './get-survey';
import { publicSurveyRoutes } from './public.routes';
import { templateRoutes } from './templates.routes';
import { updateSurvey } from './update-survey';
import { survey, surveyList } from './surveys.responses';

const tags = ['surveys'];
export const surveyParams = z.object({ id: idSchema, surveyId: idSchema });

/** The survey module (issue 14): templates, surveys, distributions, staff entry and the public page. */
export const surveysRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/surveys';

  await app.register(templateRoutes);
  await app.register(distributionRoutes);
  await app.register(publicSurveyRoutes);

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Förbundets enkäter med utskick och (skyddat) antal svar',
        params: z.object({ id: idSchema }),
        response: { 200: surveyList },
      },
      config: { permission: 'survey.read' },
    },
    async (request) => listSurveysFor(db, actorOf(request), request.params.id),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Skapa en enkät från en mall (frågorna fryses)',
        params: z.object({ id: idSchema }),
        body: createSurveyInput,
        response: { 201: survey },
      },
      config: { permission: 'survey.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await db.transaction((tx) => createSurvey(tx, actor, request.params.id, request.body));
      return reply.status(201).send(await getSurvey(db, actor, request.params.id, row.id));
    },
  );
  app.get(
    `${base}/:surveyId`,
    {
      schema: { tags, summary: 'En enkät med frågor och utskick', params: surveyParams, response: { 200: survey } },
      config: { permission: 'survey.read' },
    },
    async (request) => getSurvey(db, actorOf(request), request.params.id, request.params.surveyId),
  );
  app.put(
    `${base}/:surveyId`,
    {
      schema: {
        tags,
        summary: 'Byt namn på enkäten, eller ändra frågorna innan första svaret',
        params: surveyParams,
        body: updateSurveyInput,
        response: { 200: survey },
      },
      config: { permission: 'survey.write' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, surveyId } = request.params;
      await db.transaction((tx) => updateSurvey(tx, actor, id, surveyId, request.body));
      return getSurvey(db, actor, id, surveyId);
    },
  );
};
