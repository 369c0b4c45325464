import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './db/open-db';
import { deriveKey, type Config } from './platform/config';
import { AppError, dataFolderLost } from './platform/errors';
import { refuseControlCharacters } from './platform/control-characters';
import { refuseIdentityNumbers } from './platform/identity-numbers';
import { handleError } from './platform/http-errors';
import { loggableRequest } from './platform/log-safe';
import { declareErrorResponses, swaggerOptions } from './platform/openapi';
import { responseSerializer } from './platform/response-serializer';
import { queryKeys } from './platform/route-query';
import { originOf } from './platform/request-context';
import { SESSION_COOKIE } from './platform/sessions';
import { actorForSession } from './modules/auth/load-actor';
import { authRoutes } from './modules/auth/auth.routes';
import { organisationRoutes } from './modules/organisation/organisation.routes';
import { usersRoutes } from './modules/users/users.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { systemRoutes } from './modules/system/system.routes';
import { interventionsRoutes } from './modules/interventions/interventions.routes';
import { evidenceRoutes } from './modules/evidence/evidence.routes';
import { participantsRoutes } from './modules/participants/participants.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { followUpReportRoutes } from './modules/reports/follow-up.routes';
import { socioeconomicRoutes } from './modules/socioeconomic/socioeconomic.routes';
import { allocationRoutes } from './modules/allocation/allocation.routes';
import { importRoutes } from './modules/import/import.routes';
import { implementationRoutes } from './modules/implementation/implementation.routes';
import { theoryOfChangeRoutes } from './modules/theory-of-change/theory-of-change.routes';
import { selfAssessmentsRoutes } from './modules/self-assessments/self-assessments.routes';
import { programmeLogicRoutes } from './modules/programme-logic/programme-logic.routes';
import { effectivenessRoutes } from './modules/effectiveness/effectiveness.routes';
import { surveysRoutes } from './modules/surveys/surveys.routes';
import { surveyResultsRoutes } from './modules/surveys/survey-results.routes';
import { deviationsRoutes } from './modules/deviations/deviations.routes';
import { contributionsRoutes } from './modules/contributions/contributions.routes';
import { financeCalendarRoutes } from './modules/finance-calendar/finance-calendar.routes';
import { financeRoutes } from './modules/finance/finance.routes';
import { structuralRoutes } from './modules/structural/structural.routes';
import { nationalFiguresRoutes } from './modules/national-figures/national-figures.routes';
import { surveyCodeHasher } from './modules/surveys/survey-secrets';
import { configureNotices } from './modules/notifications/notice-settings';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { disclosureFromSecret, type Disclosure } from './platform/disclosure';
import { personHasher, type PersonHasher } from './platform/person-key';

export interface AppDeps {
  database: Database;
  config: Config;
  /** The resolved server secret (env or key file). */
  secret: string;
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; when missing the API still runs. */
  webDist?: string;
  /** Refuse an answer its response schema would trim (tests): see response-serializer.ts. */
  strictResponses?: boolean;
}

/** An API route and its declared access metadata (read by the access-matrix and audit tests). */
export interface RouteInfo {
  method: string;
  url: string;
  config: NonNullable<RouteOptions['config']>;
  /** The query parameters the route declares (the hostile-input sweep sends only those). */
  queryKeys: string[] | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
    routeTable: RouteInfo[];
    personHasher: PersonHasher;
    disclosure: Disclosure;
  }
}

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp(deps: AppDeps) {
  const app = Fastify({
    // Requests are logged by path only: a query string can hold a name someone searched for.
    logger:
      deps.logger && typeof deps.logger === 'object'
        ? { ...deps.logger, serializers: { req: loggableRequest } }
        : (deps.logger ?? false),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Deeply nested JSON is refused by the parser rather than exhausting the stack.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(deps.strictResponses ?? false));
  app.setErrorHandler(handleError);
  app.decorate('database', deps.database);
  app.decorate('config', deps.config);
  configureNotices(deps.config);
  app.decorate('personHasher', personHasher(deps.secret));
  app.decorate('disclosure', disclosureFromSecret(deps.secret));
  app.decorate('surveyCodes', surveyCodeHasher(deps.secret));
  app.decorateRequest('actor', null);
  const routeTable: RouteInfo[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    declareErrorResponses(route);
    if (!route.url.startsWith('/api/') || route.method === 'HEAD') return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routeTable.push({ method, url: route.url, config: route.config ?? {}, queryKeys: queryKeys(route.schema) });
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // TLS is the reverse proxy's job; upgrading would break plain http://localhost.
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(cookie, { secret: deriveKey(deps.secret, 'cookie').toString('base64') });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'insikt_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: 'auto' },
    // Binds each token to the session, so a token taken from one session is useless in another.
    getUserInfo: (request) => request.actor?.sessionId ?? '',
    csrfOpts: { hmacKey: deriveKey(deps.secret, 'csrf') },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, swaggerOptions);

  // Authentication: resolve the session cookie to an actor before anything else runs.
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token && !request.routeOptions.config.anonymous) {
      request.actor = await actorForSession(deps.database.db, token, deps.config.sessionPolicy, originOf(request));
    }
    const config = request.routeOptions.config;
    // The web app's files are public; every API route needs a session unless it says otherwise.
    if (!request.routeOptions.url?.startsWith('/api/') || config.auth === 'public') return;
    if (!request.actor) {
      throw new AppError(401, 'unauthenticated', 'Du är inte inloggad eller så har sessionen gått ut. Logga in igen.');
    }
    if (request.actor.mustChangePassword && !config.allowDuringPasswordChange) {
      throw new AppError(403, 'password_change_required', 'Byt ditt engångslösenord innan du fortsätter.');
    }
  });
  // Before validation, so every route refuses the same characters with the same message.
  app.addHook('preValidation', async (request) => {
    // The parsed query string is a plain object of strings (and arrays of them).
    if (request.query && typeof request.query === 'object') refuseControlCharacters(request.query, 'query');
    // Only parsed JSON: an upload's body is its stream, which is read elsewhere.
    const body = request.body;
    if (
      Array.isArray(body) ||
      (body !== null && typeof body === 'object' && Object.getPrototypeOf(body) === Object.prototype)
    ) {
      refuseControlCharacters(body);
      if (!request.routeOptions.config.anonymous && !request.routeOptions.config.ownTextCheck)
        refuseIdentityNumbers(body);
    }
  });
  // API answers hold personal data (participants, accounts, sessions): no browser or proxy may keep
  // them. A route that knows better (a public file) sets its own header.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  app.addHook('preHandler', (request, reply, done) => {
    // A write to a database whose folder was deleted would answer 201 and then be lost.
    if (UNSAFE.has(request.method) && !deps.database.intact()) return done(dataFolderLost());
    if (!UNSAFE.has(request.method) || request.routeOptions.config.csrf === false) return done();
    app.csrfProtection(request, reply, done);
  });

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
      await api.register(systemRoutes);
      await api.register(authRoutes);
      await api.register(organisationRoutes);
      await api.register(usersRoutes);
      await api.register(auditRoutes);
      await api.register(interventionsRoutes);
      await api.register(participantsRoutes);
      await api.register(reportsRoutes);
      await api.register(followUpReportRoutes);
      await api.register(socioeconomicRoutes);
      await api.register(importRoutes);
      await api.register(implementationRoutes);
      await api.register(theoryOfChangeRoutes);
      await api.register(evidenceRoutes);
      await api.register(selfAssessmentsRoutes);
      await api.register(programmeLogicRoutes);
      await api.register(effectivenessRoutes);
      await api.register(surveysRoutes);
      await api.register(surveyResultsRoutes);
      await api.register(notificationsRoutes);
      await api.register(deviationsRoutes);
      await api.register(contributionsRoutes);
      await api.register(financeCalendarRoutes);
      await api.register(allocationRoutes);
      await api.register(financeRoutes);
      await api.register(structuralRoutes);
      await api.register(nationalFiguresRoutes);
    },
    { prefix: '/api/v1' },
  );

  const webDist = deps.webDist ?? defaultWebDist;
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'not_found', message: 'Adressen finns inte.' } });
    }
    if (!hasWeb) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Webbgränssnittet är inte byggt. Kör "npm run build" eller "npm start".');
    }
    // Client-side routes: every other GET gets the single-page app.
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}

export type InsiktApp = Awaited<ReturnType<typeof buildApp>>;
