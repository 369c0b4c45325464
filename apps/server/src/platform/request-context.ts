import type { FastifyRequest } from 'fastify';
import type { Permission } from '@insikt/core';
import type { Actor, Origin } from './actor';
import { unauthenticated } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public` routes need no session; everything else does (the default). */
    auth?: 'public' | 'session';
    /** CSRF is checked on every unsafe method unless a route opts out (login: no session yet). */
    csrf?: boolean;
    /** The permission the route's use case checks; read by the access-matrix test and the docs. */
    permission?: Permission;
    /** The route returns personal data and must write an audit entry for the read. */
    personalData?: boolean;
    /**
     * An anonymous route (the survey respondent page): a session cookie the browser sends anyway is
     * not even read, so no session is touched at the moment someone answers; the route checks its
     * own free texts for identity numbers, in the respondent's language.
     */
    anonymous?: boolean;
    /**
     * The route checks its own free texts for identity numbers with a message of its own (a deviation
     * report says why it holds no personal data), so the generic refusal does not answer first.
     */
    ownTextCheck?: boolean;
    /** Reachable while the user must replace a one-time password. */
    allowDuringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function originOf(request: FastifyRequest): Origin {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null };
}

/** The signed-in actor; routes only run after the auth hook, so this throws only on misconfiguration. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
