import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { financeCalendarInput, idSchema } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { financeCalendarView, financeDeadline } from './finance-calendar.responses';
import { nextDeadlines } from './finance-deadlines';
import { getFinanceCalendar } from './get-finance-calendar';
import { saveFinanceCalendar } from './save-finance-calendar';

const tags = ['finance-calendar'];
const params = z.object({ id: idSchema });

export const financeCalendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/associations/:id/finance-calendar',
    {
      schema: {
        tags,
        summary: 'Förbundets årshjul för ekonomin med nästa datum för varje händelse',
        params,
        response: { 200: financeCalendarView },
      },
      config: { permission: 'finance.read' },
    },
    async (request) => getFinanceCalendar(db, actorOf(request), request.params.id),
  );
  app.put(
    '/associations/:id/finance-calendar',
    {
      schema: {
        tags,
        summary: 'Spara årshjulet: datum, påminnelser, avstängda standardhändelser och egna händelser',
        params,
        body: financeCalendarInput,
        response: { 200: financeCalendarView },
      },
      config: { permission: 'finance.manage' },
    },
    async (request) => {
      await db.transaction((tx) => saveFinanceCalendar(tx, actorOf(request), request.params.id, request.body));
      return getFinanceCalendar(db, actorOf(request), request.params.id);
    },
  );
  app.get(
    '/finance-deadlines',
    {
      schema: {
        tags,
        summary: `Närmaste tidpunkterna i årshjulen för de förbund vars ekonomi du läser (startsidan)`,
        response: { 200: z.array(financeDeadline) },
      },
      config: { permission: 'finance.read' },
    },
    async (request) => nextDeadlines(db, actorOf(request)),
  );
};
