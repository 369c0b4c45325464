import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, roleAssignmentInput, userCreateInput, userUpdateInput } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { createUser } from './create-user';
import { getUser, listUsers } from './list-users';
import { managesUser, publicUser } from './managed-user';
import { addRole, removeRole } from './manage-roles';
import { endUserSessions, resetPassword, updateUser } from './update-user';
import { rolesOf } from './users.repository';
import { createdUser, removedRole, user, userDetail } from './users.responses';

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
        response: { 200: z.array(user) },
      },
      config,
    },
    async (request) => listUsers(db, actorOf(request), request.query),
  );
  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Skapa användare med en roll',
        body: userCreateInput,
        response: { 200: createdUser, 201: createdUser },
      },
      config,
    },
    async (request, reply) => {
      const result = await db.transaction((tx) => createUser(tx, actorOf(request), request.body));
      const roles = (await rolesOf(db, [result.user.id])).get(result.user.id) ?? [];
      const user = publicUser(actorOf(request), result.user, roles);
      return reply.status(result.created === false ? 200 : 201).send({
        // Undisclosed: only what the administrator typed and the role given, alike for new and existing accounts.
        user:
          result.created === null
            ? {
                id: user.id,
                email: user.email,
                name: user.name,
                mustChangePassword: user.mustChangePassword,
                roles: user.roles,
              }
            : user,
        created: result.created,
        oneTimePassword: result.oneTimePassword,
        invited: result.invited,
      });
    },
  );
  app.get(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'En användare med roller och sessioner',
        params: userParams,
        response: { 200: userDetail },
      },
      config,
    },
    async (request) => getUser(db, actorOf(request), request.params.id, policy),
  );
  app.put(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Ändra namn eller stäng av/aktivera',
        params: userParams,
        body: userUpdateInput,
        response: { 200: userDetail },
      },
      config,
    },
    async (request) => {
      await db.transaction((tx) => updateUser(tx, actorOf(request), request.params.id, request.body));
      return getUser(db, actorOf(request), request.params.id, policy);
    },
  );
  app.post(
    '/users/:id/roles',
    {
      schema: {
        tags,
        summary: 'Ge en roll',
        params: userParams,
        body: roleAssignmentInput,
        response: { 201: userDetail },
      },
      config,
    },
    async (request, reply) => {
      await db.transaction((tx) => addRole(tx, actorOf(request), request.params.id, request.body));
      return reply.status(201).send(await getUser(db, actorOf(request), request.params.id, policy));
    },
  );
  app.delete(
    '/users/:id/roles/:roleId',
    {
      schema: {
        tags,
        summary: 'Ta bort en roll',
        params: userParams.extend({ roleId: idSchema }),
        response: { 200: removedRole },
      },
      config,
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => removeRole(tx, actor, request.params.id, request.params.roleId));
      const roles = (await rolesOf(db, [request.params.id])).get(request.params.id) ?? [];
      // The removal succeeded even when it took away the last role the administrator manages: say so, not 404.
      if (!managesUser(actor, roles)) {
        return {
          removed: true as const,
          user: null,
          message:
            'Rollen är borttagen. Användaren har inga fler roller i förbund du administrerar och visas inte längre för dig.',
        };
      }
      return {
        removed: true as const,
        user: await getUser(db, actor, request.params.id, policy),
        message: 'Rollen är borttagen.',
      };
    },
  );
  app.post(
    '/users/:id/end-sessions',
    {
      schema: {
        tags,
        summary: 'Avsluta alla sessioner',
        params: userParams,
        response: { 200: z.object({ ended: z.number().int() }) },
      },
      config,
    },
    async (request) => ({
      ended: await db.transaction((tx) => endUserSessions(tx, actorOf(request), request.params.id)),
    }),
  );
  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Nytt engångslösenord',
        params: userParams,
        response: { 200: z.object({ oneTimePassword: z.string() }) },
      },
      config,
    },
    async (request) => ({
      oneTimePassword: await db.transaction((tx) => resetPassword(tx, actorOf(request), request.params.id)),
    }),
  );
};
