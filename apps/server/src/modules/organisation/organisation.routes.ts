import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  associationInput,
  associationUpdateInput,
  bodyMemberInput,
  bodyMeetingInput,
  bodyMemberUpdateInput,
  DEVIATION_BODIES,
  idSchema,
  memberInput,
  memberUpdateInput,
} from '@insikt/core';
import { noContent } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { createAssociation } from './create-association';
import { getAssociation, listAssociations } from './get-association';
import { addBodyMeeting, listBodyMeetings, removeBodyMeeting } from './manage-body-meetings';
import { addBodyMember, removeBodyMember, updateBodyMember } from './manage-body-members';
import { addMember, removeMember, updateMember } from './manage-members';
import { updateAssociation } from './update-association';
import { association, associationSummary, bodyMeeting, savedBodyMember, savedMember } from './organisation.responses';

const associationParams = z.object({ id: idSchema });
const memberParams = associationParams.extend({ memberId: idSchema });
const bodyMemberParams = associationParams.extend({ bodyMemberId: idSchema });
const meetingParams = associationParams.extend({ meetingId: idSchema });
const meetingsParams = associationParams.extend({ body: z.enum(DEVIATION_BODIES) });
const tags = ['organisation'];

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/associations',
    {
      schema: { tags, summary: 'Förbund som användaren får se', response: { 200: z.array(associationSummary) } },
      config: { permission: 'association.read' },
    },
    async (request) => listAssociations(db, actorOf(request)),
  );
  app.post(
    '/associations',
    {
      schema: { tags, summary: 'Skapa förbund', body: associationInput, response: { 201: association } },
      config: { permission: 'association.create' },
    },
    async (request, reply) => {
      const created = await db.transaction((tx) => createAssociation(tx, actorOf(request), request.body));
      return reply.status(201).send(await getAssociation(db, actorOf(request), created.id));
    },
  );
  app.get(
    '/associations/:id',
    {
      schema: {
        tags,
        summary: 'Ett förbund med kommuner, medlemmar och organ',
        params: associationParams,
        response: { 200: association },
      },
      config: { permission: 'association.read' },
    },
    async (request) => getAssociation(db, actorOf(request), request.params.id),
  );
  app.put(
    '/associations/:id',
    {
      schema: {
        tags,
        summary: 'Ändra förbund',
        params: associationParams,
        body: associationUpdateInput,
        response: { 200: association },
      },
      config: { permission: 'association.update' },
    },
    async (request) => {
      await db.transaction((tx) => updateAssociation(tx, actorOf(request), request.params.id, request.body));
      return getAssociation(db, actorOf(request), request.params.id);
    },
  );

  app.post(
    '/associations/:id/members',
    {
      schema: {
        tags,
        summary: 'Lägg till medlem',
        params: associationParams,
        body: memberInput,
        response: { 201: savedMember },
      },
      config: { permission: 'association.update' },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await db.transaction((tx) => addMember(tx, actorOf(request), request.params.id, request.body))),
  );
  app.put(
    '/associations/:id/members/:memberId',
    {
      schema: {
        tags,
        summary: 'Ändra medlem',
        params: memberParams,
        body: memberUpdateInput,
        response: { 200: savedMember },
      },
      config: { permission: 'association.update' },
    },
    async (request) =>
      db.transaction((tx) =>
        updateMember(tx, actorOf(request), request.params.id, request.params.memberId, request.body),
      ),
  );
  app.delete(
    '/associations/:id/members/:memberId',
    {
      schema: { tags, summary: 'Ta bort medlem', params: memberParams, response: { 204: noContent } },
      config: { permission: 'association.update' },
    },
    async (request, reply) => {
      await db.transaction((tx) => removeMember(tx, actorOf(request), request.params.id, request.params.memberId));
      return reply.status(204).send();
    },
  );

  app.post(
    '/associations/:id/body-members',
    {
      schema: {
        tags,
        summary: 'Lägg till person i styrelse, beredningsgrupp eller kansli',
        params: associationParams,
        body: bodyMemberInput,
        response: { 201: savedBodyMember },
      },
      config: { permission: 'association.update' },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await db.transaction((tx) => addBodyMember(tx, actorOf(request), request.params.id, request.body))),
  );
  app.put(
    '/associations/:id/body-members/:bodyMemberId',
    {
      schema: {
        tags,
        summary: 'Ändra person i ett organ',
        params: bodyMemberParams,
        body: bodyMemberUpdateInput,
        response: { 200: savedBodyMember },
      },
      config: { permission: 'association.update' },
    },
    async (request) =>
      db.transaction((tx) =>
        updateBodyMember(tx, actorOf(request), request.params.id, request.params.bodyMemberId, request.body),
      ),
  );
  app.delete(
    '/associations/:id/body-members/:bodyMemberId',
    {
      schema: { tags, summary: 'Ta bort person ur ett organ', params: bodyMemberParams, response: { 204: noContent } },
      config: { permission: 'association.update' },
    },
    async (request, reply) => {
      await db.transaction((tx) =>
        removeBodyMember(tx, actorOf(request), request.params.id, request.params.bodyMemberId),
      );
      return reply.status(204).send();
    },
  );
  app.get(
    '/associations/:id/body-meetings',
    {
      schema: {
        tags,
        summary: 'Styrelsens och beredningsgruppens mötesdatum',
        params: associationParams,
        response: { 200: z.array(bodyMeeting) },
      },
      config: { permission: 'association.read' },
    },
    async (request) => listBodyMeetings(db, actorOf(request), request.params.id),
  );
  app.post(
    '/associations/:id/bodies/:body/meetings',
    {
      schema: {
        tags,
        summary: 'Lägg till ett mötesdatum för styrelsen eller beredningsgruppen',
        params: meetingsParams,
        body: bodyMeetingInput,
        response: { 201: bodyMeeting },
      },
      config: { permission: 'association.update' },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await db.transaction((tx) =>
            addBodyMeeting(tx, actorOf(request), request.params.id, request.params.body, request.body.date),
          ),
        ),
  );
  app.delete(
    '/associations/:id/body-meetings/:meetingId',
    {
      schema: { tags, summary: 'Ta bort ett mötesdatum', params: meetingParams, response: { 204: noContent } },
      config: { permission: 'association.update' },
    },
    async (request, reply) => {
      await db.transaction((tx) =>
        removeBodyMeeting(tx, actorOf(request), request.params.id, request.params.meetingId),
      );
      return reply.status(204).send();
    },
  );
};
