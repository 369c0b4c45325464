import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, interventionInput, interventionUpdateInput, ROLE_CODES } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { assignStaff, unassignStaff } from './assign-staff';
import { getIntervention, listInterventions } from './get-intervention';
import { createIntervention, updateIntervention } from './save-intervention';
import { goalFulfilmentOf } from '../reports/goal-fulfilment';
import { goalFulfilment, intervention, interventionList } from './interventions.responses';

const associationParams = z.object({ id: idSchema });
const interventionParams = associationParams.extend({ interventionId: idSchema });
const tags = ['interventions'];

export const interventionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/interventions';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Förbundets insatser (för nationell läsare: bara katalogen)',
        params: associationParams,
        response: { 200: interventionList },
      },
      config: { permission: 'intervention.catalogue' },
    },
    async (request) => listInterventions(db, actorOf(request), request.params.id),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Skapa insats',
        params: associationParams,
        body: interventionInput,
        response: { 201: intervention },
      },
      config: { permission: 'intervention.create' },
    },
    async (request, reply) => {
      const row = await db.transaction((tx) =>
        createIntervention(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(await getIntervention(db, actorOf(request), request.params.id, row.id));
    },
  );
  app.get(
    `${base}/:interventionId`,
    {
      schema: {
        tags,
        summary: 'En insats med mål, finansiering och personal',
        params: interventionParams,
        response: { 200: intervention },
      },
      config: { permission: 'intervention.read' },
    },
    async (request) => getIntervention(db, actorOf(request), request.params.id, request.params.interventionId),
  );
  app.get(
    `${base}/:interventionId/goals`,
    {
      schema: {
        tags,
        summary: 'Måluppfyllelse per år: målvärde mot utfall',
        params: interventionParams,
        response: { 200: goalFulfilment },
      },
      config: { permission: 'intervention.read' },
    },
    async (request) =>
      goalFulfilmentOf(db, actorOf(request), request.params.id, request.params.interventionId, app.disclosure),
  );
  app.put(
    `${base}/:interventionId`,
    {
      schema: {
        tags,
        summary: 'Ändra insats',
        params: interventionParams,
        body: interventionUpdateInput,
        response: { 200: intervention },
      },
      config: { permission: 'intervention.update' },
    },
    async (request) => {
      await db.transaction((tx) =>
        updateIntervention(tx, actorOf(request), request.params.id, request.params.interventionId, request.body),
      );
      return getIntervention(db, actorOf(request), request.params.id, request.params.interventionId);
    },
  );
  app.post(
    `${base}/:interventionId/staff`,
    {
      schema: {
        tags,
        summary: 'Knyt insatsansvarig, deltagaransvarig eller utvärderare till insatsen',
        params: interventionParams,
        body: z.object({ userId: idSchema, role: z.enum(ROLE_CODES) }),
        response: { 201: intervention },
      },
      config: { permission: 'user.manage' },
    },
    async (request, reply) => {
      await db.transaction((tx) =>
        assignStaff(tx, actorOf(request), request.params.id, request.params.interventionId, request.body),
      );
      return reply
        .status(201)
        .send(await getIntervention(db, actorOf(request), request.params.id, request.params.interventionId));
    },
  );
  app.delete(
    `${base}/:interventionId/staff/:roleAssignmentId`,
    {
      schema: {
        tags,
        summary: 'Ta bort en person från insatsen',
        params: interventionParams.extend({ roleAssignmentId: idSchema }),
        response: { 200: intervention },
      },
      config: { permission: 'user.manage' },
    },
    async (request) => {
      await db.transaction((tx) =>
        unassignStaff(
          tx,
          actorOf(request),
          request.params.id,
          request.params.interventionId,
          request.params.roleAssignmentId,
        ),
      );
      return getIntervention(db, actorOf(request), request.params.id, request.params.interventionId);
    },
  );
};
