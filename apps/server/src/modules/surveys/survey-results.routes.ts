import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compositeInput, compositeUpdateInput, idSchema, versionSchema } from '@insikt/core';
import { MEDIA_TYPES, noContent } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { listComposites } from './composite-view';
import { exportSurveyResults } from './export-survey-results';
import { getSurveyResults } from './get-survey-results';
import { changeComposite, createComposite, removeComposite } from './save-composite';
import { resultsRequestOf, surveyResultsQuery } from './survey-results-query';
import { surveyComposite, surveyCompositeList, surveyResultsResponse } from './survey-results.responses';
import { surveyParams } from './surveys.routes';

const tags = ['surveys'];
const compositeParams = surveyParams.extend({ compositeId: idSchema });

/** A survey's results, their Excel and PDF exports, and its composite indicators (issue 14 §4, decision 0037). */
export const surveyResultsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/surveys/:surveyId';

  app.get(
    `${base}/results`,
    {
      schema: {
        tags,
        summary: 'Enkätens resultat (röjandeskyddade för alla roller), med filter, uppdelning, Excel och PDF',
        params: surveyParams,
        querystring: surveyResultsQuery,
        response: { 200: surveyResultsResponse },
      },
      config: { permission: 'survey.read' },
    },
    async (request, reply) => {
      const { id, surveyId } = request.params;
      const { format } = request.query;
      const input = resultsRequestOf(request.query);
      if (format === 'json') return getSurveyResults(db, actorOf(request), id, surveyId, input);
      const file = await exportSurveyResults(db, actorOf(request), id, surveyId, input, format);
      reply.header('content-disposition', `attachment; filename="${file.name}"`);
      // A file is sent as it is (Fastify serialises only objects); the response schema is the JSON format's.
      return reply.type(MEDIA_TYPES[format]).send(file.body as never);
    },
  );

  app.get(
    `${base}/composites`,
    {
      schema: {
        tags,
        summary: 'Enkätens sammansatta indikatorer med definitioner',
        params: surveyParams,
        response: { 200: surveyCompositeList },
      },
      config: { permission: 'survey.read' },
    },
    async (request) => listComposites(db, actorOf(request), request.params.id, request.params.surveyId),
  );
  app.post(
    `${base}/composites`,
    {
      schema: {
        tags,
        summary: 'Definiera en sammansatt indikator (en regel över svaren)',
        params: surveyParams,
        body: compositeInput,
        response: { 201: surveyComposite },
      },
      config: { permission: 'survey.write' },
    },
    async (request, reply) => {
      const { id, surveyId } = request.params;
      const row = await db.transaction((tx) => createComposite(tx, actorOf(request), id, surveyId, request.body));
      return reply.status(201).send(row);
    },
  );
  app.put(
    `${base}/composites/:compositeId`,
    {
      schema: {
        tags,
        summary: 'Ändra en sammansatt indikator',
        params: compositeParams,
        body: compositeUpdateInput,
        response: { 200: surveyComposite },
      },
      config: { permission: 'survey.write' },
    },
    async (request) => {
      const { id, surveyId, compositeId } = request.params;
      return db.transaction((tx) => changeComposite(tx, actorOf(request), id, surveyId, compositeId, request.body));
    },
  );
  app.delete(
    `${base}/composites/:compositeId`,
    {
      schema: {
        tags,
        summary: 'Ta bort en sammansatt indikator',
        params: compositeParams,
        querystring: z.object({ version: z.coerce.number().pipe(versionSchema) }),
        response: { 204: noContent },
      },
      config: { permission: 'survey.write' },
    },
    async (request, reply) => {
      const { id, surveyId, compositeId } = request.params;
      await db.transaction((tx) =>
        removeComposite(tx, actorOf(request), id, surveyId, compositeId, request.query.version),
      );
      return reply.status(204).send();
    },
  );
};
