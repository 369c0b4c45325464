import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  interventionInput,
  interventionUpdateInput,
  manualGoalValueInput,
  manualGoalValueUpdate,
  ROLE_CODES,
} from '@insikt/core';
import { noContent } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { assignStaff, unassignStaff } from './assign-staff';
import { getIntervention, listInterventions } from './get-intervention';
import { createIntervention, updateIntervention } from './save-intervention';
import { goalFulfilmentOf } from '../reports/goal-fulfilment';
import { goalFulfilment, goalValue, intervention, interventionList } from './interventions.responses';
import { createGoalValue, updateGoalValue } from './save-goal-value';
import { deleteGoalValue } from './delete-goal-value';

const associationParams = z.object({ id: idSchema });
const interventionParams = associationParams.extend({ interventionId: idSchema });
const goalParams = interventionParams.extend({ goalId: idSchema });
const goalValueParams = goalParams.extend({ valueId: idSchema });
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
  // Values of a goal followed up by hand (issue 17 §3, decision 0062): the insats's editors enter them;
  // its readers see them in the goal fulfilment above.
  app.post(
    `${base}/:interventionId/goals/:goalId/values`,
    {
      schema: {
        tags,
        summary: 'Registrera ett års värde för ett mål som följs upp för hand, med källa',
        params: goalParams,
        body: manualGoalValueInput,
        response: { 201: goalValue },
      },
      config: { permission: 'intervention.update' },
    },
    async (request, reply) => {
      const { id, interventionId, goalId } = request.params;
      const row = await db.transaction((tx) =>
        createGoalValue(tx, actorOf(request), id, interventionId, goalId, request.body),
      );
      return reply.status(201).send(row);
    },
  );
  app.put(
    `${base}/:interventionId/goals/:goalId/values/:valueId`,
    {
      schema: {
        tags,
        summary: 'Ändra ett registrerat värde (versionen man läste)',
        params: goalValueParams,
        body: manualGoalValueUpdate,
        response: { 200: goalValue },
      },
      config: { permission: 'intervention.update' },
    },
    async (request) => {
      const { id, interventionId, goalId, valueId } = request.params;
      return db.transaction((tx) =>
        updateGoalValue(tx, actorOf(request), id, interventionId, goalId, valueId, request.body),
      );
    },
  );
  app.delete(
    `${base}/:interventionId/goals/:goalId/values/:valueId`,
    {
      schema: {
        tags,
        summary: 'Ta bort ett registrerat värde (versionen man läste)',
        params: goalValueParams,
        querystring: z.object({ version: z.coerce.number().int().nonnegative() }),
        response: { 204: noContent },
      },
      config: { permission: 'intervention.update' },
    },
    async (request, reply) => {
      const { id, interventionId, goalId, valueId } = request.params;
      await db.transaction((tx) =>
        deleteGoalValue(tx, actorOf(request), id, interventionId, goalId, valueId, request.query.version),
      );
      return reply.status(204).send();
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
