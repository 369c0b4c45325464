import type { FastifyRequest } from 'fastify';

/**
 * The logging policy (docs/operations.md): logs carry no personal data. A failed statement's
 * error holds its bound parameters (drizzle's message), and PostgreSQL's message and detail quote
 * the offending values ("Failing row contains …"), so of a database error only its kind, codes,
 * SQL text and stack frames are logged. Query strings (search terms are names) and bodies never are.
 */
export interface LoggedError {
  type: string;
  message?: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  query?: string;
  stack?: string;
}

const isDatabaseError = (e: Record<string, unknown>) =>
  typeof e.query === 'string' ||
  'params' in e ||
  (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && 'severity' in e);

const frames = (stack: unknown) =>
  typeof stack === 'string'
    ? stack
        .split('\n')
        .filter((line) => line.startsWith('    at '))
        .join('\n')
    : undefined;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The error and its causes, as far as they may be logged. */
export function loggableError(error: unknown): LoggedError[] {
  const chain: LoggedError[] = [];
  for (let e = error; e && typeof e === 'object' && chain.length < 5; e = (e as { cause?: unknown }).cause) {
    const fields = e as Record<string, unknown>;
    const database = chain.some((c) => c.query !== undefined) || isDatabaseError(fields);
    const entry: LoggedError = { type: (e as Error).name ?? e.constructor.name };
    if (!database && typeof fields.message === 'string') entry.message = fields.message;
    for (const key of ['code', 'constraint', 'table', 'column', 'query'] as const) {
      const value = text(fields[key]);
      if (value !== undefined) entry[key] = value;
    }
    const stack = frames(fields.stack);
    if (stack) entry.stack = stack;
    chain.push(entry);
  }
  return chain;
}

/** A request as logged: method and path, without the query string. */
export const loggableRequest = (request: FastifyRequest) => ({
  method: request.method,
  url: request.url.split('?')[0],
  id: request.id,
});
