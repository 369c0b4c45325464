import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, noticePreferencesInput, outboxQuery } from '@insikt/core';
import { OK, okBody } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { getOutbox } from './list-outbox';
import { getNoticePreferences, saveNoticePreferences } from './notice-preferences';
import { retryMessage } from './retry-message';
import { emailStatus, noticePreferencesBody, outbox } from './notifications.responses';

const tags = ['notifications'];

export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const emailConfigured = () => app.config.smtpUrl !== undefined;

  app.get(
    '/notifications/status',
    {
      schema: {
        tags,
        summary: 'Om e-post är konfigurerad (visar "Glömt lösenordet?")',
        response: { 200: emailStatus },
      },
      config: { auth: 'public' },
    },
    async () => ({ emailConfigured: emailConfigured() }),
  );

  app.get(
    '/notifications/outbox',
    {
      schema: {
        tags,
        summary: 'Utkorgen: e-post som väntar, är skickad eller inte kunde skickas',
        querystring: outboxQuery,
        response: { 200: outbox },
      },
      config: { permission: 'outbox.manage' },
    },
    async (request) => getOutbox(db, actorOf(request), request.query, emailConfigured()),
  );

  app.post(
    '/notifications/outbox/:messageId/retry',
    {
      schema: {
        tags,
        summary: 'Skicka ett meddelande som inte kunde skickas igen',
        params: z.object({ messageId: idSchema }),
        response: { 200: okBody },
      },
      config: { permission: 'outbox.manage' },
    },
    async (request) => {
      await db.transaction((tx) => retryMessage(tx, actorOf(request), request.params.messageId));
      return OK;
    },
  );

  app.get(
    '/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Egna val av aviseringar och e-postens språk',
        response: { 200: noticePreferencesBody },
      },
    },
    async (request) => getNoticePreferences(db, actorOf(request)),
  );

  app.put(
    '/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Spara egna val av aviseringar',
        body: noticePreferencesInput,
        response: { 200: noticePreferencesBody },
      },
    },
    async (request) => db.transaction((tx) => saveNoticePreferences(tx, actorOf(request), request.body)),
  );
};
