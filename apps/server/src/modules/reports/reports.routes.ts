import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIso } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { beforeAfterReport } from './before-after-report';
import { OUTCOME_FILE_TYPES, outcomeFile } from './outcome-files';
import { outcomeReport } from './outcome-report';
import { outcomeTable, toCsv } from './outcome-table';
import { GROUP_BYS } from './reports.repository';
import { beforeAfterReport as beforeAfterReportResponse, outcomeResponse, trendResponse } from './reports.responses';
import { MAX_TREND_YEARS, trendReport } from './trend-report';
import { periodReportQuery, publicationFlag } from './report-query';
import { trendColumns, trendWorkbook } from './outcome-xlsx';

export const outcomeQuery = periodReportQuery(GROUP_BYS, ['json', 'csv', 'xlsx', 'pdf']);

// The before/after report takes the outcome report's period, grouping and publication flag; JSON only.
const beforeAfterQuery = outcomeQuery.transform(({ format: _format, ...q }) => q);

const FILE_TYPES: Record<string, string> = { ...OUTCOME_FILE_TYPES, csv: 'text/csv; charset=utf-8' };

/** A report as a download; files bypass the JSON answer's schema (they are not JSON). */
function sendFile(reply: FastifyReply, name: string, body: Buffer | string) {
  return reply
    .type(FILE_TYPES[name.slice(name.lastIndexOf('.') + 1)]!)
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(body);
}

const reportYear = z.coerce.number().int().min(1900).max(2100);

export const trendQuery = z
  .object({
    // Default: the last five calendar years up to this one, read at each request.
    fromYear: reportYear.optional(),
    toYear: reportYear.optional(),
    groupBy: z.enum(GROUP_BYS).default('association'),
    suppress: publicationFlag,
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  })
  .transform((q) => {
    const toYear = q.toYear ?? Number(todayIso().slice(0, 4));
    return { ...q, toYear, fromYear: q.fromYear ?? toYear - 4 };
  })
  .refine((q) => q.fromYear <= q.toYear, { message: 'Första året måste vara före det sista.', path: ['toYear'] })
  .refine((q) => q.toYear - q.fromYear < MAX_TREND_YEARS, {
    message: `Högst ${MAX_TREND_YEARS} år i en trend.`,
    path: ['fromYear'],
  });

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/outcome',
    {
      schema: {
        tags: ['reports'],
        summary: 'Utfallsrapporten (SUS) för en period, grupperad per insats, förbund, län eller riket',
        querystring: outcomeQuery,
        response: { 200: outcomeResponse },
      },
      config: { permission: 'report.read' },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await outcomeReport(app.database.db, actorOf(request), { ...query, disclosure: app.disclosure });
      if (format === 'json') return report;
      const name = `utfall-${query.from}-${query.to}.${format}`;
      if (format === 'csv') return sendFile(reply, name, toCsv(outcomeTable(report)));
      const file = await outcomeFile(
        app.database.db,
        actorOf(request),
        { ...query, disclosure: app.disclosure },
        report,
        format,
      );
      return sendFile(reply, name, file);
    },
  );

  app.get(
    '/reports/before-after',
    {
      schema: {
        tags: ['reports'],
        summary: 'Försörjning och sysselsättning före och efter, per kön, med korstabell före → efter',
        querystring: beforeAfterQuery,
        response: { 200: beforeAfterReportResponse },
      },
      config: { permission: 'report.read' },
    },
    async (request) =>
      beforeAfterReport(app.database.db, actorOf(request), { ...request.query, disclosure: app.disclosure }),
  );

  app.get(
    '/reports/trend',
    {
      schema: {
        tags: ['reports'],
        summary: 'Utfallsrapporten per kalenderår (trend), kvinnor och män, per insats, förbund, län eller riket',
        querystring: trendQuery,
        response: { 200: trendResponse },
      },
      config: { permission: 'report.read' },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const trend = await trendReport(app.database.db, actorOf(request), { ...query, disclosure: app.disclosure });
      if (format === 'json') return trend;
      const name = `utfall-per-ar-${query.fromYear}-${query.toYear}.${format}`;
      if (format === 'xlsx') return sendFile(reply, name, await trendWorkbook(trend));
      const columns = trend.groups.flatMap((g) =>
        trendColumns(g).map((c) => ({ ...c, label: `${g.label} ${c.label}` })),
      );
      return sendFile(reply, name, toCsv(outcomeTable({ groups: columns })));
    },
  );
};
