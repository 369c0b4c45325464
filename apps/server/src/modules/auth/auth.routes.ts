import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordInput, idSchema, loginInput, passwordLinkInput, passwordResetRequestInput } from '@insikt/core';
import { writeAudit } from '../../platform/audit';
import { OK, okBody } from '../../platform/api-schemas';
import { accountThrottle } from '../../platform/config';
import { notFound } from '../../platform/errors';
import { actorOf, originOf } from '../../platform/request-context';
import { listLiveSessions, revokeSession, SESSION_COOKIE } from '../../platform/sessions';
import { rolesOf } from '../users/users.repository';
import { markNoticesRead, unreadNotices } from './account-notices';
import { changePassword } from './change-password';
import { login } from './login';
import { logout } from './logout';
import { RESET_LINK_MINUTES } from './password-links';
import { requestPasswordReset } from './request-password-reset';
import { setPasswordByLink } from './set-password-by-link';
import { loginResult, me, ownSession, resetRequested } from './auth.responses';

const DEVICE_COOKIE = 'insikt_device';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const config = app.config;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: 'auto' as const,
    maxAge: config.sessionPolicy.absoluteHours * 3600,
  };

  app.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Logga in', body: loginInput, response: { 200: loginResult } },
      config: {
        auth: 'public',
        csrf: false,
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const device = request.cookies[DEVICE_COOKIE];
      const known = device ? request.unsignCookie(device) : null;
      const result = await login(
        db,
        request.body,
        originOf(request),
        {
          ...config.sessionPolicy,
          account: accountThrottle(config),
          client: { ...accountThrottle(config), freeAttempts: config.loginClientThreshold },
        },
        known?.valid ? known.value : null,
      );
      reply.setCookie(SESSION_COOKIE, result.session.token, cookieOptions);
      // Remembers that this browser has signed in to the account: it is let past the account's
      // delays, so guessing by others never shuts the owner out (decision 0016).
      reply.setCookie(DEVICE_COOKIE, result.userId, { ...cookieOptions, signed: true, maxAge: 365 * 86_400 });
      const csrfToken = reply.generateCsrf({ userInfo: result.session.id });
      return { userId: result.userId, mustChangePassword: result.mustChangePassword, csrfToken };
    },
  );

  // Public like the login, and limited per client like it; each account also gets at most a few
  // links an hour (password-links.ts). The answer never tells whether the address has an account.
  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Glömt lösenordet: skicka en länk för nytt lösenord',
        body: passwordResetRequestInput,
        response: { 200: resetRequested },
      },
      config: {
        auth: 'public',
        csrf: false,
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
    },
    async (request) => {
      await requestPasswordReset(db, request.body, originOf(request));
      return {
        message:
          `Om adressen hör till ett konto i Insikt skickas en länk dit. Den fungerar en gång och i ${RESET_LINK_MINUTES} minuter. ` +
          'Kommer inget meddelande, kontrollera adressen och skräpposten eller fråga förbundets administratör.',
      };
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Välj nytt lösenord med en länk från e-post (återställning eller inbjudan)',
        body: passwordLinkInput,
        response: { 200: okBody },
      },
      config: {
        auth: 'public',
        csrf: false,
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
    },
    async (request) => {
      await setPasswordByLink(db, request.body, originOf(request));
      return OK;
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: { tags: ['auth'], summary: 'Logga ut', response: { 200: okBody } },
      config: { allowDuringPasswordChange: true },
    },
    async (request, reply) => {
      await db.transaction((tx) => logout(tx, actorOf(request)));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return OK;
    },
  );

  app.get(
    '/auth/me',
    {
      schema: { tags: ['auth'], summary: 'Den inloggade användaren', response: { 200: me } },
      config: { allowDuringPasswordChange: true },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const roles = (await rolesOf(db, [actor.userId!])).get(actor.userId!) ?? [];
      return {
        id: actor.userId!,
        email: actor.email,
        name: actor.name,
        mustChangePassword: actor.mustChangePassword,
        roles,
        notices: await unreadNotices(db, actor),
        csrfToken: reply.generateCsrf({ userInfo: actor.sessionId ?? '' }),
      };
    },
  );

  app.post(
    '/auth/password',
    {
      schema: { tags: ['auth'], summary: 'Byt eget lösenord', body: changePasswordInput, response: { 200: okBody } },
      config: { allowDuringPasswordChange: true },
    },
    async (request) => {
      await changePassword(db, actorOf(request), request.body, accountThrottle(config));
      return OK;
    },
  );

  app.post(
    '/auth/notices/read',
    {
      schema: {
        tags: ['auth'],
        summary: 'Markera meddelanden om det egna kontot som lästa',
        response: { 200: okBody },
      },
    },
    async (request) => {
      await markNoticesRead(db, actorOf(request));
      return OK;
    },
  );

  app.get(
    '/auth/sessions',
    { schema: { tags: ['auth'], summary: 'Egna aktiva sessioner', response: { 200: z.array(ownSession) } } },
    async (request) => {
      const actor = actorOf(request);
      const sessions = await listLiveSessions(db, actor.userId!, config.sessionPolicy);
      return sessions.map((s) => ({ ...s, current: s.id === actor.sessionId }));
    },
  );

  app.delete(
    '/auth/sessions/:sessionId',
    {
      schema: {
        tags: ['auth'],
        summary: 'Avsluta en egen session',
        params: z.object({ sessionId: idSchema }),
        response: { 200: okBody },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const own = await listLiveSessions(db, actor.userId!, config.sessionPolicy);
      if (!own.some((s) => s.id === request.params.sessionId)) throw notFound('Sessionen');
      await db.transaction(async (tx) => {
        await revokeSession(tx, request.params.sessionId);
        await writeAudit(tx, actor, {
          action: 'auth.session_end',
          entityType: 'session',
          entityId: request.params.sessionId,
        });
      });
      return OK;
    },
  );
};
