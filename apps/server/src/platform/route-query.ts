import type { RouteOptions } from 'fastify';

/**
 * The names of the query parameters a route's zod schema declares. A route without a querystring
 * schema has no typed way to read one, so it cannot act on any; a schema this does not recognise
 * yields null and the caller treats every name as possible.
 */
export function queryKeys(schema: RouteOptions['schema']): string[] | null {
  const query = schema?.querystring as { shape?: Record<string, unknown>; in?: { shape?: object } } | undefined;
  if (!query) return [];
  const shape = query.shape ?? query.in?.shape;
  return shape ? Object.keys(shape) : null;
}
