import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actualisationInput, actualisationUpdateInput, idSchema } from '@insikt/core';
import { noContent } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { removeActualisation } from './delete-actualisation';
import { listActualisations } from './list-actualisations';
import { createActualisation, updateActualisation } from './save-actualisation';
import { savedActualisation, structuralActualisationList } from './structural.responses';

const tags = ['structural'];
const insatsParams = z.object({ id: idSchema, interventionId: idSchema });
const actualisationParams = insatsParams.extend({ actualisationId: idSchema });

/** Aktualiseringar of a structural insats (issue 17 §2): the cases raised to its joint team. */
export const actualisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/interventions/:interventionId/actualisations';

  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'Aktualiseringar till en strukturövergripande insats (för dem som för in dem; kopplingar med behörighet)',
        params: insatsParams,
        response: { 200: structuralActualisationList },
      },
      // A shown link names a participation by its pseudonym: that read is audited.
      config: { permission: 'structural.read', personalData: true },
    },
    async (request) => listActualisations(db, actorOf(request), request.params.id, request.params.interventionId),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Registrera en aktualisering: datum, part, kön, beslut och ev. koppling till ett deltagande',
        params: insatsParams,
        body: actualisationInput,
        response: { 201: savedActualisation },
      },
      config: { permission: 'structural.write' },
    },
    async (request, reply) => {
      const { id, interventionId } = request.params;
      const row = await db.transaction((tx) =>
        createActualisation(tx, actorOf(request), id, interventionId, request.body),
      );
      return reply.status(201).send({ id: row.id, version: row.version });
    },
  );
  app.put(
    `${base}/:actualisationId`,
    {
      schema: {
        tags,
        summary: 'Ändra en aktualisering (409 om någon annan hunnit före; utan participationId står kopplingen kvar)',
        params: actualisationParams,
        body: actualisationUpdateInput,
        response: { 200: savedActualisation },
      },
      config: { permission: 'structural.write' },
    },
    async (request) => {
      const { id, interventionId, actualisationId } = request.params;
      const row = await db.transaction((tx) =>
        updateActualisation(tx, actorOf(request), id, interventionId, actualisationId, request.body),
      );
      return { id: row.id, version: row.version };
    },
  );
  app.delete(
    `${base}/:actualisationId`,
    {
      schema: {
        tags,
        summary: 'Ta bort en aktualisering (versionen man läste)',
        params: actualisationParams,
        querystring: z.object({ version: z.coerce.number().int().nonnegative() }),
        response: { 204: noContent },
      },
      config: { permission: 'structural.write' },
    },
    async (request, reply) => {
      const { id, interventionId, actualisationId } = request.params;
      await db.transaction((tx) =>
        removeActualisation(tx, actorOf(request), id, interventionId, actualisationId, request.query.version),
      );
      return reply.status(204).send();
    },
  );
};
