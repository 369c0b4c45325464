import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/request-context';
import { followUpTable, followUpWorkbook } from './follow-up-files';
import { followUpReport } from './follow-up-report';
import { FOLLOW_UP_GROUP_BYS } from './follow-up.repository';
import { toCsv } from './outcome-table';
import { periodReportQuery } from './report-query';
import { outcomeCell, reportProtection, suppressionReasons } from './reports.responses';
import { fileResponse } from '../../platform/api-schemas';

const date = z.string().meta({ format: 'date' });

/** The JSON answer (docs/contract-extensions.md): values unrounded, shares as fractions 0–1. */
const followUpReport_ = z
  .object({
    report: z.literal('follow-up'),
    period: z.object({ from: date, to: date }),
    groupBy: z.enum(FOLLOW_UP_GROUP_BYS),
    /** The day the follow-up windows were judged against ("ännu inte aktuell" depends on it). */
    today: date,
    suppressed: z.boolean(),
    protection: reportProtection.optional(),
    groups: z.array(
      z
        .object({
          key: z.string(),
          label: z.string(),
          cells: z.record(z.string(), outcomeCell),
          suppressionReasons: suppressionReasons.optional(),
        })
        .meta({ id: 'FollowUpReportGroup' }),
    ),
  })
  .meta({ id: 'FollowUpReport' });

/** JSON by default; the same report as CSV or Excel by `format`. */
const followUpReportResponse = fileResponse('Uppföljningsrapporten', ['csv', 'xlsx'], followUpReport_);

const followUpQuery = periodReportQuery(FOLLOW_UP_GROUP_BYS, ['json', 'csv', 'xlsx']);

export const followUpReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/follow-up',
    {
      schema: {
        tags: ['reports'],
        summary: 'Uppföljningsrapporten: läget vid avslut, 6 och 12 månader efter, med svarsfrekvens',
        querystring: followUpQuery,
        response: { 200: followUpReportResponse },
      },
      config: { permission: 'report.read' },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await followUpReport(app.database.db, actorOf(request), { ...query, disclosure: app.disclosure });
      if (format === 'json') return report;
      const name = `uppfoljning-${query.from}-${query.to}.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      // A file is sent as it is (Fastify serialises only objects); the response schema is the JSON format's.
      const file =
        format === 'xlsx'
          ? {
              type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              body: await followUpWorkbook(report),
            }
          : { type: 'text/csv; charset=utf-8', body: toCsv(followUpTable(report)) };
      return reply.type(file.type).send(file.body as never);
    },
  );
};
