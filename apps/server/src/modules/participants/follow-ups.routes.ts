import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FOLLOW_UP_KINDS, followUpInput, GENDERS, idSchema, OCCUPATIONS, SUPPORT_CODES } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { listDueFollowUps, recordFollowUp } from './follow-ups';

const tags = ['participants'];
const associationParams = z.object({ id: idSchema });
const date = z.string().meta({ format: 'date' });

const dueFollowUp = z
  .object({
    id: z.string(),
    interventionId: z.string(),
    interventionName: z.string(),
    personReference: z.string().nullable(),
    gender: z.enum(GENDERS),
    exitDate: date,
    exitReason: z.string().nullable(),
    kind: z.enum(FOLLOW_UP_KINDS),
    version: z.number(),
    target: date.describe('Dagen uppföljningen ska göras (6 eller 12 månader efter avslut)'),
    opens: date.describe('Första dag den får registreras'),
    closes: date.describe('Sista dag den får registreras'),
    timing: z.enum(['due', 'overdue']),
  })
  .meta({ id: 'DueFollowUp' });

const recordedFollowUp = z
  .object({
    id: z.string(),
    kind: z.enum(FOLLOW_UP_KINDS),
    version: z.number(),
    date,
    reached: z.boolean(),
    support: z.array(z.enum(SUPPORT_CODES)),
    occupation: z.array(z.enum(OCCUPATIONS)),
    workHours: z.number().nullable(),
    studyHours: z.number().nullable(),
  })
  .meta({ id: 'RecordedFollowUp' });

/** The follow-up workflow (decision 0022): what is due, and recording one follow-up. */
export const followUpsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  app.get(
    '/associations/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Uppföljningar 6 och 12 månader efter avslut som ska göras nu, i insatser du följer',
        params: associationParams,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({ today: date, total: z.number(), rows: z.array(dueFollowUp) }).meta({ id: 'DueFollowUps' }),
        },
      },
      config: { permission: 'participant.read', personalData: true },
    },
    async (request) => listDueFollowUps(db, actorOf(request), request.params.id, request.query),
  );
  app.put(
    '/associations/:id/participations/:participationId/follow-ups/:kind',
    {
      schema: {
        tags,
        summary: 'Registrera uppföljningen 6 eller 12 månader efter avslut (inom sitt tidsfönster)',
        params: associationParams.extend({ participationId: idSchema, kind: z.enum(FOLLOW_UP_KINDS) }),
        body: followUpInput,
        response: { 200: recordedFollowUp },
      },
      config: { permission: 'participant.write' },
    },
    async (request) =>
      db.transaction((tx) =>
        recordFollowUp(
          tx,
          actorOf(request),
          request.params.id,
          request.params.participationId,
          request.params.kind,
          request.body,
        ),
      ),
  );
};
