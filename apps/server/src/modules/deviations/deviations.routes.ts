import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  deviationCommentInput,
  deviationReportInput,
  deviationSettingsInput,
  deviationTransitionInput,
  deviationUpdateInput,
  idSchema,
  versionSchema,
} from '@insikt/core';
import { fileResponse, MEDIA_TYPES } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { PUBLIC_BODY_LIMIT } from '../surveys/public.routes';
import { defaultYears, deviationStatistics } from './deviation-statistics';
import { deviationPdf, deviationWorkbook } from './deviation-files';
import { getDeviationSettings, renewReportLink, updateDeviationSettings } from './deviation-settings';
import {
  deviationContact,
  deviationDetail,
  deviationHandlers,
  deviationPublication,
  deviationReportForm,
  deviationReported,
  deviationSettings,
  deviationStatisticsView,
  deviationSummary,
  deviationWarnings,
} from './deviations.responses';
import { namesOf } from './deviations.repository';
import { getDeviation, handlersOf, listDeviations } from './get-deviations';
import { commentDeviation, transitionDeviation, updateDeviation } from './handle-deviation';
import { publicReportForm, submitPublicReport } from './public-report';
import { atomFeed, publicDeviations, publishedDeviations, type Publication } from './published-deviations';
import { readContact } from './read-contact';
import { reportDeviation, type ReportOutcome } from './report-deviation';
import { authorize } from '../../platform/access-control';
import { findAssociation } from '../organisation/organisation.repository';

const tags = ['deviations'];
const associationParams = z.object({ id: idSchema });
const caseParams = associationParams.extend({ deviationId: idSchema });
const tokenParams = z.object({ token: z.string().max(64) });
// No session and no cookie: the report page is for staff without an account.
const anonymous = { auth: 'public', csrf: false, anonymous: true } as const;
const publicationQuery = z.object({ format: z.enum(['json', 'atom']).default('json') });
const year = z.coerce.number().int().min(2000).max(2100);
const statisticsQuery = z
  .object({
    fromYear: year.optional(),
    toYear: year.optional(),
    format: z.enum(['json', 'xlsx', 'pdf']).default('json'),
  })
  .transform(
    (q) =>
      ({ ...defaultYears(), ...Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) }) as {
        fromYear: number;
        toYear: number;
        format: 'json' | 'xlsx' | 'pdf';
      },
  )
  .refine((q) => q.fromYear <= q.toYear, { message: 'Första året måste vara före det sista.', path: ['toYear'] });

const sendReport = (reply: FastifyReply, outcome: ReportOutcome) =>
  'warnings' in outcome ? reply.status(422).send(outcome) : reply.status(201).send(outcome);

/** The publication as JSON, or as an Atom feed whose links point at the page the web app shows. */
function sendPublication(
  request: FastifyRequest,
  reply: FastifyReply,
  pub: Publication,
  format: 'json' | 'atom',
  page: string,
) {
  if (format === 'json') return pub;
  const origin = `${request.protocol}://${request.host}`;
  return reply
    .type(`${MEDIA_TYPES.atom}; charset=utf-8`)
    .send(atomFeed(pub, `${origin}${page}`, `${origin}${request.url}`));
}

export const deviationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/deviations';
  const one = `${base}/:deviationId`;

  // The report link (issue 15 §1): no login; no IP or browser is stored; rate limited in the database.
  app.get(
    '/public/deviations/:token',
    {
      schema: {
        tags,
        summary: 'Rapportformulärets val (parter och insatser) bakom förbundets länk',
        security: [],
        params: tokenParams,
        querystring: z.object({ lang: z.enum(['sv', 'en']).default('sv') }),
        response: { 200: deviationReportForm },
      },
      config: anonymous,
    },
    async (request) => publicReportForm(db, request.params.token, request.query.lang),
  );
  app.post(
    '/public/deviations/:token',
    {
      bodyLimit: PUBLIC_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Rapportera en avvikelse utan inloggning (422: varningar att bekräfta)',
        security: [],
        params: tokenParams,
        body: deviationReportInput,
        response: { 201: deviationReported, 422: deviationWarnings },
      },
      config: anonymous,
    },
    async (request, reply) =>
      sendReport(reply, await submitPublicReport(app.database, request.params.token, request.body)),
  );
  app.get(
    '/public/associations/:id/deviations',
    {
      schema: {
        tags,
        summary: 'Förbundets publicerade avvikelser utan inloggning (om förbundet valt det), som JSON eller Atom',
        security: [],
        params: associationParams,
        querystring: publicationQuery,
        response: { 200: fileResponse('Publicerade avvikelser', ['atom'], deviationPublication) },
      },
      config: anonymous,
    },
    async (request, reply) =>
      sendPublication(
        request,
        reply,
        await publicDeviations(db, request.params.id),
        request.query.format,
        `/avvikelser/${request.params.id}`,
      ),
  );

  app.get(
    '/associations/:id/deviation-form',
    {
      schema: {
        tags,
        summary: 'Rapportformulärets val för inloggad personal',
        params: associationParams,
        response: { 200: deviationReportForm },
      },
      config: { permission: 'deviation.report' },
    },
    async (request) => {
      authorize(actorOf(request), 'deviation.report', request.params.id);
      const association = await findAssociation(db, request.params.id);
      return { associationName: association?.name ?? '', ...(await namesOf(db, request.params.id)) };
    },
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Rapportera en avvikelse som inloggad (422: varningar att bekräfta)',
        params: associationParams,
        body: deviationReportInput,
        response: { 201: deviationReported, 422: deviationWarnings },
      },
      config: { permission: 'deviation.report', ownTextCheck: true },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, 'deviation.report', request.params.id);
      return sendReport(
        reply,
        await db.transaction((tx) => reportDeviation(tx, actor, request.params.id, 'staff', request.body)),
      );
    },
  );
  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Förbundets avvikelseärenden med tidsgräns och försenade markerade',
        params: associationParams,
        response: { 200: z.array(deviationSummary) },
      },
      config: { permission: 'deviation.read' },
    },
    async (request) => listDeviations(db, actorOf(request), request.params.id),
  );
  app.get(
    one,
    {
      schema: {
        tags,
        summary: 'Ett ärende med steg och interna kommentarer',
        params: caseParams,
        response: { 200: deviationDetail },
      },
      config: { permission: 'deviation.read' },
    },
    async (request) => getDeviation(db, actorOf(request), request.params.id, request.params.deviationId),
  );
  app.put(
    one,
    {
      schema: {
        tags,
        summary: 'Ändra handläggare, organ och svaret som publiceras',
        params: caseParams,
        body: deviationUpdateInput,
        response: { 200: deviationDetail },
      },
      config: { permission: 'deviation.handle' },
    },
    async (request) => {
      const { id, deviationId } = request.params;
      await db.transaction((tx) => updateDeviation(tx, actorOf(request), id, deviationId, request.body));
      return getDeviation(db, actorOf(request), id, deviationId);
    },
  );
  app.post(
    `${one}/transitions`,
    {
      schema: {
        tags,
        summary: 'Nästa steg i ärendet (med anteckning)',
        params: caseParams,
        body: deviationTransitionInput,
        response: { 200: deviationDetail },
      },
      config: { permission: 'deviation.handle' },
    },
    async (request) => {
      const { id, deviationId } = request.params;
      await db.transaction((tx) => transitionDeviation(tx, actorOf(request), id, deviationId, request.body));
      return getDeviation(db, actorOf(request), id, deviationId);
    },
  );
  app.post(
    `${one}/comments`,
    {
      schema: {
        tags,
        summary: 'Intern kommentar (publiceras aldrig)',
        params: caseParams,
        body: deviationCommentInput,
        response: { 201: deviationDetail },
      },
      config: { permission: 'deviation.handle' },
    },
    async (request, reply) => {
      const { id, deviationId } = request.params;
      await db.transaction((tx) => commentDeviation(tx, actorOf(request), id, deviationId, request.body));
      return reply.status(201).send(await getDeviation(db, actorOf(request), id, deviationId));
    },
  );
  app.get(
    `${one}/contact`,
    {
      schema: {
        tags,
        summary: 'Rapportörens kontaktuppgifter (läsningen loggas)',
        params: caseParams,
        response: { 200: deviationContact },
      },
      config: { permission: 'deviation.handle', personalData: true },
    },
    async (request) => readContact(db, actorOf(request), request.params.id, request.params.deviationId),
  );
  app.get(
    '/associations/:id/deviation-handlers',
    {
      schema: {
        tags,
        summary: 'Förbundets handläggare av avvikelser',
        params: associationParams,
        response: { 200: deviationHandlers },
      },
      config: { permission: 'deviation.handle' },
    },
    async (request) => {
      authorize(actorOf(request), 'deviation.handle', request.params.id);
      return handlersOf(db, request.params.id);
    },
  );
  app.get(
    '/associations/:id/deviation-settings',
    {
      schema: {
        tags,
        summary: 'Rapportlänken och om publiceringen är öppen utan inloggning',
        params: associationParams,
        response: { 200: deviationSettings },
      },
      config: { permission: 'deviation.handle' },
    },
    async (request) => getDeviationSettings(db, actorOf(request), request.params.id),
  );
  app.put(
    '/associations/:id/deviation-settings',
    {
      schema: {
        tags,
        summary: 'Slå på eller av rapportlänken och den öppna publiceringen',
        params: associationParams,
        body: deviationSettingsInput,
        response: { 200: deviationSettings },
      },
      config: { permission: 'deviation.handle' },
    },
    async (request) =>
      db.transaction((tx) => updateDeviationSettings(tx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/associations/:id/deviation-settings/renew-link',
    {
      schema: {
        tags,
        summary: 'Ny rapportlänk (den gamla slutar fungera)',
        params: associationParams,
        body: z.object({ version: versionSchema }),
        response: { 200: deviationSettings },
      },
      config: { permission: 'deviation.handle' },
    },
    async (request) =>
      db.transaction((tx) => renewReportLink(tx, actorOf(request), request.params.id, request.body.version)),
  );
  app.get(
    '/associations/:id/published-deviations',
    {
      schema: {
        tags,
        summary: 'Förbundets publicerade avvikelser med svar, som JSON eller Atom',
        params: associationParams,
        querystring: publicationQuery,
        response: { 200: fileResponse('Publicerade avvikelser', ['atom'], deviationPublication) },
      },
      config: { permission: 'deviation.published' },
    },
    async (request, reply) =>
      sendPublication(
        request,
        reply,
        await publishedDeviations(db, actorOf(request), request.params.id),
        request.query.format,
        `/forbund/${request.params.id}/avvikelser/publicerade`,
      ),
  );
  app.get(
    '/associations/:id/deviation-statistics',
    {
      schema: {
        tags,
        summary: 'Styrelsens statistik över avvikelser (hela kalenderår), som JSON, Excel eller PDF',
        params: associationParams,
        querystring: statisticsQuery,
        response: { 200: fileResponse('Statistik över avvikelser', ['xlsx', 'pdf'], deviationStatisticsView) },
      },
      config: { permission: 'deviation.statistics' },
    },
    async (request, reply) => {
      const { format, ...years } = request.query;
      const stats = await deviationStatistics(db, actorOf(request), request.params.id, years);
      if (format === 'json') return stats;
      const name = `avvikelser-${years.fromYear}-${years.toYear}.${format}`;
      return reply
        .type(MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(format === 'xlsx' ? await deviationWorkbook(stats) : await deviationPdf(stats));
    },
  );
};
