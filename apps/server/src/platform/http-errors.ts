import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldIssue } from './errors';
import { loggableError } from './log-safe';

// Error codes of PostgreSQL and Node meaning "the database cannot be reached right now".
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

type Cause = { code?: unknown; cause?: unknown; message?: unknown } | undefined;

function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as Cause; e; e = e.cause as Cause) {
    if (typeof e.code === 'string' && UNAVAILABLE.has(e.code)) return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect/.test(e.message)
    )
      return true;
  }
  return false;
}

/**
 * A unique constraint that a use case did not check first: two requests saved the same thing at the
 * same moment (both checked, then both inserted). The later one is refused like a concurrent edit.
 */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error as Cause; e; e = e.cause as Cause) if (e.code === '23505') return true;
  return false;
}

function body(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
  return { error: { code, message, ...(issues.length ? { issues } : {}) } };
}

/** Maps every error to a JSON body with a stable code and a Swedish message; logs the unexpected ones. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return reply.status(error.status).send(body(error.code, error.message, error.issues));
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      field: [
        error.validationContext === 'body' ? '' : error.validationContext,
        v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      ]
        .filter(Boolean)
        .join('.'),
      message: v.message ?? 'Ogiltigt värde.',
    }));
    const summary = issues.map((i) => `${i.field || 'värdet'}: ${i.message}`).join(' ');
    return reply.status(400).send(body('validation_failed', `Uppgifterna är inte giltiga. ${summary}`, issues));
  }
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
    return reply
      .status(403)
      .send(body('csrf_invalid', 'Säkerhetstoken saknas eller är ogiltig. Ladda om sidan och försök igen.'));
  }
  if (error.statusCode === 413) {
    return reply.status(413).send(body('payload_too_large', 'Det du skickade är för stort.'));
  }
  if (error.statusCode === 429) {
    return reply.status(429).send(body('rate_limited', 'För många försök. Vänta en stund och försök igen.'));
  }
  if (isDatabaseUnavailable(error)) {
    request.log.error({ error: loggableError(error) }, 'database unavailable');
    return reply
      .status(503)
      .send(body('database_unavailable', 'Databasen går inte att nå just nu. Försök igen om en stund.'));
  }
  if (isUniqueViolation(error)) {
    return reply
      .status(409)
      .send(body('conflict', 'Någon annan sparade samma sak samtidigt. Ladda om sidan och försök igen.'));
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return reply
      .status(error.statusCode)
      .send(body('validation_failed', 'Begäran kunde inte tolkas. Kontrollera det du skickade.'));
  }
  request.log.error({ error: loggableError(error) }, 'unexpected error');
  return reply
    .status(500)
    .send(body('internal_error', 'Något gick fel hos oss. Försök igen, och kontakta supporten om felet kvarstår.'));
}
