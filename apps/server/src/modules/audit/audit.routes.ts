import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditQuery } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { searchAuditLog } from './search-audit-log';
import { auditPage } from './audit.responses';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Sök i granskningsloggen',
        querystring: auditQuery,
        response: { 200: auditPage },
      },
      config: { permission: 'audit.read' },
    },
    async (request) => searchAuditLog(app.database.db, actorOf(request), request.query),
  );
};
