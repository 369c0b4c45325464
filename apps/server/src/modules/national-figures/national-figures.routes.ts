import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, todayIso } from '@insikt/core';
import { fileResponse, MEDIA_TYPES } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { publicationFlag } from '../reports/report-query';
import { nationalFiguresCsv, nationalFiguresWorkbook } from './national-figures-files';
import { nationalFigures } from './national-figures-report';
import { nationalFiguresView } from './national-figures.responses';

const figuresQuery = z.object({
  // By default last year: a förbund reports a year once it is over.
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .default(() => Number(todayIso().slice(0, 4)) - 1),
  suppress: publicationFlag,
  format: z.enum(['json', 'xlsx', 'csv']).default('json'),
});

export const nationalFiguresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/associations/:id/national-figures',
    {
      schema: {
        tags: ['national-figures'],
        summary:
          'Nationell uppföljning: förbundets antal per insats och år (påbörjade, pågående, avslutade, unika personer; aktiviteter och deltagare per organisation), JSON, Excel eller CSV',
        params: z.object({ id: idSchema }),
        querystring: figuresQuery,
        response: { 200: fileResponse('Nationell uppföljning', ['xlsx', 'csv'], nationalFiguresView) },
      },
      config: { permission: 'national_figures.read' },
    },
    async (request, reply) => {
      const view = await nationalFigures(
        app.database.db,
        actorOf(request),
        request.params.id,
        request.query,
        app.disclosure,
      );
      const { format } = request.query;
      if (format === 'json') return view;
      const name = `nationell-uppfoljning-${view.year}${view.protection ? '-skyddad' : ''}.${format}`;
      return reply
        .type(format === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8` : MEDIA_TYPES.xlsx)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(format === 'csv' ? nationalFiguresCsv(view) : await nationalFiguresWorkbook(view));
    },
  );
};
