import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { countyCodeSchema } from '@insikt/core';
import { AppError, dataFolderLost } from '../../platform/errors';
import { listCounties, listMunicipalities } from '../organisation/organisation.repository';
import { county, municipality } from '../organisation/organisation.responses';

const health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }).meta({ id: 'Health' });

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, kind, intact } = app.database;

  app.get(
    '/health',
    { schema: { tags: ['system'], summary: 'Hälsokontroll', response: { 200: health } }, config: { auth: 'public' } },
    async () => {
      if (!intact()) throw dataFolderLost();
      try {
        await db.execute(sql`select 1`);
      } catch {
        throw new AppError(503, 'database_unavailable', 'Databasen går inte att nå just nu. Försök igen om en stund.');
      }
      return { status: 'ok' as const, database: kind };
    },
  );

  app.get(
    '/reference/counties',
    { schema: { tags: ['reference'], summary: 'Län (SCB)', response: { 200: z.array(county) } } },
    async () => listCounties(db),
  );

  app.get(
    '/reference/municipalities',
    {
      schema: {
        tags: ['reference'],
        summary: 'Kommuner (SCB)',
        querystring: z.object({ county: countyCodeSchema.optional() }),
        response: { 200: z.array(municipality) },
      },
    },
    async (request) => listMunicipalities(db, request.query.county),
  );
};
