import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, participationInput, participationUpdateInput } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { followUpsRoutes } from './follow-ups.routes';
import { getParticipation, listParticipations, personHistory } from './read-participations';
import { registerParticipation, updateParticipation } from './save-participation';
import { participation, participationPage, personHistory as history } from './participants.responses';

const associationParams = z.object({ id: idSchema });
const participationParams = associationParams.extend({ participationId: idSchema });
const tags = ['participants'];
const read = { permission: 'participant.read' as const, personalData: true };
const write = { permission: 'participant.write' as const };

export const participantsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const hasher = app.personHasher;
  const base = '/associations/:id/participations';
  await app.register(followUpsRoutes);

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Sök deltagare (inskrivningar) i insatser du har tillgång till',
        params: associationParams,
        querystring: z.object({
          interventionId: idSchema.optional(),
          status: z.enum(['ongoing', 'exited']).optional(),
          q: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: participationPage },
      },
      config: read,
    },
    async (request) => listParticipations(db, actorOf(request), request.params.id, request.query),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Skriv in en deltagare',
        params: associationParams,
        body: participationInput,
        response: { 201: participation },
      },
      config: write,
    },
    async (request, reply) => {
      const participation = await db.transaction((tx) =>
        registerParticipation(tx, actorOf(request), request.params.id, request.body, hasher),
      );
      return reply.status(201).send(participation);
    },
  );
  app.get(
    `${base}/:participationId`,
    {
      schema: { tags, summary: 'En inskrivning', params: participationParams, response: { 200: participation } },
      config: read,
    },
    async (request) => getParticipation(db, actorOf(request), request.params.id, request.params.participationId),
  );
  app.put(
    `${base}/:participationId`,
    {
      schema: {
        tags,
        summary: 'Ändra, skriv ut eller följ upp en inskrivning',
        params: participationParams,
        body: participationUpdateInput,
        response: { 200: participation },
      },
      config: write,
    },
    async (request) => {
      await db.transaction((tx) =>
        updateParticipation(
          tx,
          actorOf(request),
          request.params.id,
          request.params.participationId,
          request.body,
          hasher,
        ),
      );
      return getParticipation(db, actorOf(request), request.params.id, request.params.participationId);
    },
  );
  app.get(
    `${base}/:participationId/history`,
    {
      schema: {
        tags,
        summary: 'Personens inskrivningar i förbundets insatser',
        params: participationParams,
        response: { 200: history },
      },
      config: read,
    },
    async (request) => personHistory(db, actorOf(request), request.params.id, request.params.participationId),
  );
};
