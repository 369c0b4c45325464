import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, roleAssignmentInput, userCreateInput, userUpdateInput } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { createUser } from './create-user';
import { getUser, listUsers } from './list-users';
import { publicUser } from './managed-user';
import { addRole, removeRole } from './manage-roles';
import { endUserSessions, resetPassword, updateUser } from './update-user';
import { rolesOf } from './users.repository';

const userParams = z.object({ id: idSchema });
const tags = ['users'];
const config = { permission: 'user.manage' as const };

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const policy = app.config.sessionPolicy;

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Användare i förbund som du administrerar',
        querystring: z.object({ associationId: idSchema.optional(), q: z.string().max(200).optional() }),
      },
      config,
    },
    async (request) => listUsers(db, actorOf(request), request.query),
  );
  app.post(
    '/users',
    { schema: { tags, summary: 'Skapa användare med en roll', body: userCreateInput }, config },
    async (request, reply) => {
      const result = await db.transaction((tx) => createUser(tx, actorOf(request), request.body));
      const roles = (await rolesOf(db, [result.user.id])).get(result.user.id) ?? [];
      return reply.status(result.created ? 201 : 200).send({
        user: publicUser(actorOf(request), result.user, roles),
        created: result.created,
        oneTimePassword: result.oneTimePassword,
      });
    },
  );
  app.get(
    '/users/:id',
    { schema: { tags, summary: 'En användare med roller och sessioner', params: userParams }, config },
    async (request) => getUser(db, actorOf(request), request.params.id, policy),
  );
  app.put(
    '/users/:id',
    {
      schema: { tags, summary: 'Ändra namn eller stäng av/aktivera', params: userParams, body: userUpdateInput },
      config,
    },
    async (request) => {
      await db.transaction((tx) => updateUser(tx, actorOf(request), request.params.id, request.body));
      return getUser(db, actorOf(request), request.params.id, policy);
    },
  );
  app.post(
    '/users/:id/roles',
    { schema: { tags, summary: 'Ge en roll', params: userParams, body: roleAssignmentInput }, config },
    async (request, reply) => {
      await db.transaction((tx) => addRole(tx, actorOf(request), request.params.id, request.body));
      return reply.status(201).send(await getUser(db, actorOf(request), request.params.id, policy));
    },
  );
  app.delete(
    '/users/:id/roles/:roleId',
    { schema: { tags, summary: 'Ta bort en roll', params: userParams.extend({ roleId: idSchema }) }, config },
    async (request) => {
      await db.transaction((tx) => removeRole(tx, actorOf(request), request.params.id, request.params.roleId));
      return getUser(db, actorOf(request), request.params.id, policy);
    },
  );
  app.post(
    '/users/:id/end-sessions',
    { schema: { tags, summary: 'Avsluta alla sessioner', params: userParams }, config },
    async (request) => ({
      ended: await db.transaction((tx) => endUserSessions(tx, actorOf(request), request.params.id)),
    }),
  );
  app.post(
    '/users/:id/reset-password',
    { schema: { tags, summary: 'Nytt engångslösenord', params: userParams }, config },
    async (request) => ({
      oneTimePassword: await db.transaction((tx) => resetPassword(tx, actorOf(request), request.params.id)),
    }),
  );
};
