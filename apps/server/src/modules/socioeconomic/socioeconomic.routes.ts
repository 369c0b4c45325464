import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, priceListRowsSchema, socioeconomicCalculateInput } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { calculateFromInput } from './calculate';
import { copyPriceList, readablePriceList, readablePriceLists, updatePriceList } from './price-lists';

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
      },
      config: { permission: 'socioeconomic.calculate' },
    },
    async (request) => calculateFromInput(db, actorOf(request), request.body),
  );

  app.get(
    '/price-lists',
    {
      schema: { tags, summary: 'Prislistor: den nationella och förbundets egna' },
      config: { permission: 'price_list.read' },
    },
    async (request) => readablePriceLists(db, actorOf(request)),
  );
  app.get(
    '/price-lists/:id',
    {
      schema: { tags, summary: 'En prislista med källa för varje rad', params: idParams },
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
      },
      config: { permission: 'price_list.manage' },
    },
    async (request) => db.transaction((tx) => updatePriceList(tx, actorOf(request), request.params.id, request.body)),
  );
};
