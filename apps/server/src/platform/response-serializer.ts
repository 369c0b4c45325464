import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Schema = z.ZodType | { properties: z.ZodType };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** Paths of the fields the schema left out of an answer (at most a few, for the message). */
export function droppedFields(raw: unknown, sent: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= 5) return found;
  if (Array.isArray(raw) && Array.isArray(sent)) {
    raw.forEach((item, i) => droppedFields(item, sent[i], `${path}[${i}]`, found));
  } else if (isPlainObject(raw) && isPlainObject(sent)) {
    for (const [key, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      if (!(key in sent)) found.push(`${path}.${key}`);
      else droppedFields(value, sent[key], `${path}.${key}`, found);
    }
  }
  return found;
}

/**
 * Encodes every answer through the route's response schema, so nothing undeclared leaves the
 * server and the OpenAPI document is the truth. An object schema silently drops unknown fields;
 * with `strict` (the tests) a dropped field is an error instead, so a schema that forgets a field
 * the web reads fails a test rather than blanking a screen.
 */
export function responseSerializer(strict: boolean): FastifySerializerCompiler<Schema> {
  return ({ schema: maybeSchema, method, url }) => {
    const schema = maybeSchema instanceof z.ZodType ? maybeSchema : maybeSchema.properties;
    return (data) => {
      const result = z.safeEncode(schema, data);
      if (!result.success) {
        // The answer is a generic 500; a test needs to see which field of which route is wrong.
        if (strict) console.error(`${method} ${url}: the answer does not match its schema`, result.error);
        throw new ResponseSerializationError(method, url, { cause: result.error });
      }
      const dropped = strict ? droppedFields(data, result.data) : [];
      if (dropped.length) {
        console.error(`${method} ${url}: the response schema drops ${dropped.join(', ')}`);
        throw new Error(`The response schema of ${method} ${url} drops ${dropped.join(', ')}`);
      }
      return JSON.stringify(result.data);
    };
  };
}
