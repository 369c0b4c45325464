import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  priceListRowsSchema,
  saveAnalysisInput,
  socioeconomicAnalysisInput,
  socioeconomicCalculateInput,
} from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { getAnalysis, previewAnalysis, saveAnalysis, savedAnalyses } from './analyses';
import { ANALYSIS_FILE_TYPES, analysisFile } from './analysis-files';
import { calculateFromInput } from './calculate';
import { copyPriceList, readablePriceList, readablePriceLists, updatePriceList } from './price-lists';
import {
  analysisPreview,
  priceListRecord,
  savedAnalysis,
  savedAnalysisResponse,
  socioeconomicReport,
} from './socioeconomic.responses';

const tags = ['socioeconomic'];
const idParams = z.object({ id: idSchema });

export const socioeconomicRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.post(
    '/socioeconomic/calculate',
    {
      schema: {
        tags,
        summary: 'Nyttoberäkning: vinst, nettonytta, återbetalningstid per aktör (socioeconomic.md)',
        body: socioeconomicCalculateInput,
        response: { 200: socioeconomicReport },
      },
      config: { permission: 'socioeconomic.calculate' },
    },
    async (request) => calculateFromInput(db, actorOf(request), request.body),
  );

  const insats = '/associations/:id/interventions/:interventionId/socioeconomic';
  const insatsParams = z.object({ id: idSchema, interventionId: idSchema });
  app.post(
    `${insats}/preview`,
    {
      schema: {
        tags,
        summary: 'Nyttoberäkning av insatsens avslutade deltagare (eller typfall), utan att spara',
        params: insatsParams,
        body: socioeconomicAnalysisInput,
        response: { 200: analysisPreview },
      },
      config: { permission: 'socioeconomic.analyse' },
    },
    async (request) =>
      previewAnalysis(db, actorOf(request), request.params.id, request.params.interventionId, request.body),
  );
  app.post(
    `${insats}/analyses`,
    {
      schema: {
        tags,
        summary: 'Spara en nyttoberäkning med allt som behövs för att göra om den',
        params: insatsParams,
        body: saveAnalysisInput,
        response: { 201: savedAnalysis },
      },
      config: { permission: 'socioeconomic.analyse' },
    },
    async (request, reply) => {
      const { id, interventionId } = request.params;
      const row = await db.transaction((tx) => saveAnalysis(tx, actorOf(request), id, interventionId, request.body));
      return reply.status(201).send(await getAnalysis(db, actorOf(request), id, interventionId, row.id));
    },
  );
  app.get(
    `${insats}/analyses`,
    {
      schema: {
        tags,
        summary: 'Insatsens sparade nyttoberäkningar',
        params: insatsParams,
        response: { 200: z.array(savedAnalysis) },
      },
      config: { permission: 'socioeconomic.read' },
    },
    async (request) => savedAnalyses(db, actorOf(request), request.params.id, request.params.interventionId),
  );
  app.get(
    `${insats}/analyses/:analysisId`,
    {
      schema: {
        tags,
        summary: 'En sparad nyttoberäkning, som JSON, PDF eller Excel',
        params: insatsParams.extend({ analysisId: idSchema }),
        querystring: z.object({ format: z.enum(['json', 'pdf', 'xlsx']).default('json') }),
        response: { 200: savedAnalysisResponse },
      },
      config: { permission: 'socioeconomic.read' },
    },
    async (request, reply) => {
      const { id, interventionId, analysisId } = request.params;
      const analysis = await getAnalysis(db, actorOf(request), id, interventionId, analysisId);
      const { format } = request.query;
      if (format === 'json') return analysis;
      return reply
        .type(ANALYSIS_FILE_TYPES[format])
        .header(
          'content-disposition',
          `attachment; filename="nyttoberakning-${analysis.periodFrom}-${analysis.periodTo}.${format}"`,
        )
        .send(await analysisFile(analysis, format));
    },
  );
  app.get(
    '/associations/:id/socioeconomic/analyses',
    {
      schema: {
        tags,
        summary: 'Förbundets sparade nyttoberäkningar, för jämförelse mellan insatser',
        params: idParams,
        response: { 200: z.array(savedAnalysis) },
      },
      config: { permission: 'socioeconomic.read' },
    },
    async (request) => savedAnalyses(db, actorOf(request), request.params.id),
  );

  app.get(
    '/price-lists',
    {
      schema: {
        tags,
        summary: 'Prislistor: den nationella och förbundets egna',
        response: { 200: z.array(priceListRecord) },
      },
      config: { permission: 'price_list.read' },
    },
    async (request) => readablePriceLists(db, actorOf(request)),
  );
  app.get(
    '/price-lists/:id',
    {
      schema: {
        tags,
        summary: 'En prislista med källa för varje rad',
        params: idParams,
        response: { 200: priceListRecord },
      },
      config: { permission: 'price_list.read' },
    },
    async (request) => readablePriceList(db, actorOf(request), request.params.id),
  );
  app.post(
    '/associations/:id/price-lists',
    {
      schema: {
        tags,
        summary: 'Kopiera en prislista till förbundet för ett år',
        params: idParams,
        body: z.object({
          fromId: idSchema,
          year: z.number().int().min(2000, 'Ange ett år från 2000.').max(2100, 'Ange ett år före 2100.'),
          name: z.string().trim().min(1, 'Ange ett namn.').max(200),
        }),
        response: { 201: priceListRecord },
      },
      config: { permission: 'price_list.manage' },
    },
    async (request, reply) => {
      const row = await db.transaction((tx) => copyPriceList(tx, actorOf(request), request.params.id, request.body));
      return reply.status(201).send(row);
    },
  );
  app.put(
    '/price-lists/:id',
    {
      schema: {
        tags,
        summary: 'Ändra en prislista (versionen måste stämma)',
        params: idParams,
        body: z.object({
          name: z.string().trim().min(1, 'Ange ett namn.').max(200),
          rows: priceListRowsSchema,
          version: z.number().int(),
        }),
        response: { 200: priceListRecord },
      },
      config: { permission: 'price_list.manage' },
    },
    async (request) => db.transaction((tx) => updatePriceList(tx, actorOf(request), request.params.id, request.body)),
  );
};
