/**
 * The OpenAPI document: generated from the routes' zod schemas (parameters, bodies and answers),
 * served at /api/v1/openapi.json and committed as apps/server/openapi.json, from which the web's
 * types are generated (npm run api:types, decision 0021).
 */
import type { SwaggerOptions } from '@fastify/swagger';
import type { OpenAPIV3 } from 'openapi-types';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { errorBody } from './api-schemas';
import { SESSION_COOKIE } from './sessions';

type Document = OpenAPIV3.Document;

const REF = '#/components/schemas/';

function refsIn(value: unknown, found: Set<string>) {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(REF)) found.add(child.slice(REF.length));
      else refsIn(child, found);
    }
  }
}

/**
 * Every named zod schema becomes a component twice (as read and as written); only those an
 * operation refers to, directly or through another component, are kept.
 */
function withUsedComponents(document: Document): Document {
  const all = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const used = new Set<string>();
  refsIn(document.paths, used);
  for (let size = -1; size !== used.size;) {
    size = used.size;
    for (const name of [...used]) refsIn(all[name], used);
  }
  const schemas = Object.fromEntries(
    Object.keys(all)
      .filter((name) => used.has(name))
      .sort()
      .map((name) => [name, all[name]]),
  );
  return { ...document, components: { ...document.components, schemas } } as Document;
}

export const swaggerOptions: SwaggerOptions = {
  openapi: {
    info: { title: 'Insikt API', version: '1', description: 'Uppföljning och utvärdering för samordningsförbund.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      },
    },
    security: [{ session: [], csrf: [] }],
  },
  transform: jsonSchemaTransform,
  transformObject: (document) => withUsedComponents(jsonSchemaTransformObject(document) as Document),
};

/** Every API route answers its errors with the one error body (http-errors.ts): declared once, here. */
export function declareErrorResponses(route: RouteOptions) {
  if (!route.url.startsWith('/api/')) return;
  const schema = route.schema ?? {};
  route.schema = {
    ...schema,
    response: { '4xx': errorBody, '5xx': errorBody, ...(schema.response as object | undefined) },
  };
}
