import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityInput, activitySeriesInput, activityUpdateInput, idSchema } from '@insikt/core';
import { fileResponse, MEDIA_TYPES, noContent } from '../../platform/api-schemas';
import { authorizeIntervention } from '../../platform/access-control';
import { actorOf } from '../../platform/request-context';
import { activityPdf, activityWorkbook } from './activity-files';
import { activityReport, defaultYears } from './activity-report';
import { actualisationsRoutes } from './actualisations.routes';
import { createSeries } from './create-series';
import { removeActivity } from './delete-activity';
import { listActivities } from './list-activities';
import { createActivity, updateActivity } from './save-activity';
import { acceptUploads, withUploadedTable } from '../import/upload';
import { importActivities } from './import-activities';
import {
  activityImportResult,
  activityReportView,
  savedActivity,
  savedSeries,
  structuralActivityList,
} from './structural.responses';

const tags = ['structural'];
const insatsParams = z.object({ id: idSchema, interventionId: idSchema });
const activityParams = insatsParams.extend({ activityId: idSchema });
const year = z.coerce.number().int().min(2000).max(2100);
const reportQuery = z
  .object({
    interventionId: idSchema.optional(),
    fromYear: year.optional(),
    toYear: year.optional(),
    suppress: z.enum(['true', 'false']).optional(),
    format: z.enum(['json', 'xlsx', 'pdf']).default('json'),
  })
  .transform((q) => ({
    ...defaultYears(),
    ...(q.fromYear !== undefined && { fromYear: q.fromYear }),
    ...(q.toYear !== undefined && { toYear: q.toYear }),
    interventionId: q.interventionId,
    suppress: q.suppress === 'true',
    format: q.format,
  }))
  .refine((q) => q.fromYear <= q.toYear, { message: 'Första året måste vara före det sista.', path: ['toYear'] })
  .refine((q) => q.toYear - q.fromYear < 10, { message: 'Välj högst tio år.', path: ['fromYear'] });

export const structuralRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/interventions/:interventionId/activities';
  acceptUploads(app);
  await app.register(actualisationsRoutes);

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'En strukturövergripande insats aktiviteter (antal per organisation och kön för dem som för in dem)',
        params: insatsParams,
        response: { 200: structuralActivityList },
      },
      config: { permission: 'structural.read' },
    },
    async (request) => listActivities(db, actorOf(request), request.params.id, request.params.interventionId),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Registrera en aktivitet med deltagare per organisation och kön',
        params: insatsParams,
        body: activityInput,
        response: { 201: savedActivity },
      },
      config: { permission: 'structural.write' },
    },
    async (request, reply) => {
      const { id, interventionId } = request.params;
      const row = await db.transaction((tx) => createActivity(tx, actorOf(request), id, interventionId, request.body));
      return reply.status(201).send({ id: row.id, version: row.version });
    },
  );
  app.post(
    '/associations/:id/interventions/:interventionId/activity-series',
    {
      schema: {
        tags,
        summary: 'Återkommande aktivitet: alla tillfällen enligt regeln på en gång',
        params: insatsParams,
        body: activitySeriesInput,
        response: { 201: savedSeries },
      },
      config: { permission: 'structural.write' },
    },
    async (request, reply) => {
      const { id, interventionId } = request.params;
      const rows = await db.transaction((tx) => createSeries(tx, actorOf(request), id, interventionId, request.body));
      return reply.status(201).send({ seriesId: rows[0]!.seriesId!, dates: rows.map((r) => r.date) });
    },
  );
  app.post(
    '/associations/:id/interventions/:interventionId/activity-imports',
    {
      schema: {
        tags,
        summary: 'Importera aktiviteter från CSV eller Excel (filen som begärans kropp), allt eller inget',
        params: insatsParams,
        querystring: z.object({ fileName: z.string().min(1).max(255) }),
        response: { 200: activityImportResult },
      },
      config: { permission: 'structural.write' },
    },
    async (request) => {
      const { id, interventionId } = request.params;
      const actor = actorOf(request);
      // Refuse before reading a possibly large upload.
      authorizeIntervention(actor, 'structural.write', id, interventionId);
      return withUploadedTable(request.body, request.query.fileName, (table) =>
        importActivities(db, actor, id, interventionId, table, request.query.fileName),
      );
    },
  );
  app.put(
    `${base}/:activityId`,
    {
      schema: {
        tags,
        summary: 'Ändra en aktivitet (409 om någon annan hunnit före)',
        params: activityParams,
        body: activityUpdateInput,
        response: { 200: savedActivity },
      },
      config: { permission: 'structural.write' },
    },
    async (request) => {
      const { id, interventionId, activityId } = request.params;
      const row = await db.transaction((tx) =>
        updateActivity(tx, actorOf(request), id, interventionId, activityId, request.body),
      );
      return { id: row.id, version: row.version };
    },
  );
  app.delete(
    `${base}/:activityId`,
    {
      schema: {
        tags,
        summary: 'Ta bort en aktivitet (versionen man läste)',
        params: activityParams,
        querystring: z.object({ version: z.coerce.number().int().nonnegative() }),
        response: { 204: noContent },
      },
      config: { permission: 'structural.write' },
    },
    async (request, reply) => {
      const { id, interventionId, activityId } = request.params;
      await db.transaction((tx) =>
        removeActivity(tx, actorOf(request), id, interventionId, activityId, request.query.version),
      );
      return reply.status(204).send();
    },
  );
  app.get(
    '/associations/:id/activity-report',
    {
      schema: {
        tags,
        summary:
          'Aktivitetsrapport för en strukturövergripande insats eller hela förbundet (hela år), JSON, Excel eller PDF',
        params: z.object({ id: idSchema }),
        querystring: reportQuery,
        response: { 200: fileResponse('Aktivitetsrapport', ['xlsx', 'pdf'], activityReportView) },
      },
      config: { permission: 'structural.read' },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await activityReport(db, actorOf(request), request.params.id, query, app.disclosure, {
        forFile: format !== 'json',
      });
      if (format === 'json') return report;
      const name = `aktiviteter-${query.fromYear}-${query.toYear}.${format}`;
      return reply
        .type(MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(format === 'xlsx' ? await activityWorkbook(report) : await activityPdf(report));
    },
  );
};
