import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, isoDateSchema, todayIso } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { beforeAfterReport } from './before-after-report';
import { OUTCOME_FILE_TYPES, outcomeFile } from './outcome-files';
import { outcomeReport } from './outcome-report';
import { outcomeTable, toCsv } from './outcome-table';
import { GROUP_BYS } from './reports.repository';

// Year 0000 or 9999 is a typing error, refused before the database (the one range in core).
const reportDate = isoDateSchema();

export const outcomeQuery = z
  .object({
    // Default: the current calendar year (participant-data.md §3), read at each request.
    from: reportDate.optional(),
    to: reportDate.optional(),
    groupBy: z.enum(GROUP_BYS).default('association'),
    suppress: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    format: z.enum(['json', 'csv', 'xlsx', 'pdf']).default('json'),
    // One insats's column of the per-insats report (its summary page links to it).
    interventionId: idSchema.optional(),
  })
  .transform((q) => {
    const year = todayIso().slice(0, 4);
    return { ...q, from: q.from ?? `${year}-01-01`, to: q.to ?? `${year}-12-31` };
  })
  .refine((q) => q.from <= q.to, { message: 'Periodens början måste vara före dess slut.', path: ['to'] })
  // Only as a filter of the per-insats grouping: one insats under a förbund, län or riket label would
  // give a role that may not group by insats that insats's figures.
  .refine((q) => !q.interventionId || q.groupBy === 'intervention', {
    message: 'En enskild insats kan bara väljas när rapporten grupperas per insats.',
    path: ['interventionId'],
  });

// The before/after report takes the outcome report's period, grouping and publication flag; JSON only.
const beforeAfterQuery = outcomeQuery.transform(({ format: _format, ...q }) => q);

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/outcome',
    {
      schema: {
        tags: ['reports'],
        summary: 'Utfallsrapporten (SUS) för en period, grupperad per insats, förbund, län eller riket',
        querystring: outcomeQuery,
      },
      config: { permission: 'report.read' },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await outcomeReport(app.database.db, actorOf(request), { ...query, disclosure: app.disclosure });
      if (format === 'json') return report;
      if (format === 'xlsx' || format === 'pdf') {
        return reply
          .type(OUTCOME_FILE_TYPES[format])
          .header('content-disposition', `attachment; filename="utfall-${query.from}-${query.to}.${format}"`)
          .send(
            await outcomeFile(
              app.database.db,
              actorOf(request),
              { ...query, disclosure: app.disclosure },
              report,
              format,
            ),
          );
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="utfall-${query.from}-${query.to}.csv"`)
        .send(toCsv(outcomeTable(report)));
    },
  );

  app.get(
    '/reports/before-after',
    {
      schema: {
        tags: ['reports'],
        summary: 'Försörjning och sysselsättning före och efter, per kön, med korstabell före → efter',
        querystring: beforeAfterQuery,
      },
      config: { permission: 'report.read' },
    },
    async (request) =>
      beforeAfterReport(app.database.db, actorOf(request), { ...request.query, disclosure: app.disclosure }),
  );
};
