import fs from 'node:fs';
import { validate, compileErrors } from '@readme/openapi-parser';
import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DOCUMENT_FILE, generateApiFiles, TYPES_FILE } from '../scripts/api-types';
import { responseSerializer } from '../src/platform/response-serializer';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

let files: { document: string; types: string };
let operations: [string, Operation][];

beforeAll(async () => {
  files = await generateApiFiles();
  const document = JSON.parse(files.document) as { paths: Record<string, Record<string, Operation>> };
  operations = Object.entries(document.paths).flatMap(([url, methods]) =>
    Object.entries(methods).map(([method, operation]): [string, Operation] => [
      `${method.toUpperCase()} ${url}`,
      operation,
    ]),
  );
});

describe('the OpenAPI document and the web types generated from it', () => {
  it('are committed as the routes give them (run npm run api:types after changing a route)', () => {
    // Compared whole: a changed route with stale files must fail here, and the web's type check
    // then catches every screen that reads what the server no longer sends.
    expect(fs.readFileSync(DOCUMENT_FILE, 'utf8'), 'run npm run api:types').toBe(files.document);
    expect(fs.readFileSync(TYPES_FILE, 'utf8'), 'run npm run api:types').toBe(files.types);
  });

  it('is a valid OpenAPI document', async () => {
    const result = await validate(JSON.parse(files.document) as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('declares a schema for every answer: 2xx with content (204 without), and the error body', () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const [name, operation] of operations) {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      expect(success.length, `${name} declares no 2xx answer`).toBeGreaterThan(0);
      for (const [status, response] of success) {
        if (status === '204') {
          expect(response.content, `${name} 204 has no body`).toBeUndefined();
          continue;
        }
        const contents = Object.entries(response.content ?? {});
        expect(contents.length, `${name} ${status} has no content`).toBeGreaterThan(0);
        for (const [mediaType, { schema }] of contents) {
          // An empty schema ({}) is what openapi-typescript turns into `unknown`.
          expect(Object.keys(schema ?? {}).length, `${name} ${status} ${mediaType}`).toBeGreaterThan(0);
        }
      }
      for (const status of ['4XX', '5XX']) {
        expect(operation.responses[status]?.content?.['application/json']?.schema, `${name} ${status}`).toEqual({
          $ref: '#/components/schemas/ErrorBody',
        });
      }
    }
  });
});

describe('answers encoded through their schema', () => {
  async function answer(strict: boolean) {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setSerializerCompiler(responseSerializer(strict));
    const secret = { id: 'a', passwordHash: 'x' } as { id: string };
    app.get('/user', { schema: { response: { 200: z.object({ id: z.string() }) } } }, async () => secret);
    const response = await app.inject({ method: 'GET', url: '/user' });
    await app.close();
    return response;
  }

  it('leaves out what the schema does not declare', async () => {
    const response = await answer(false);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: 'a' });
  });

  it('in the tests, fails instead, so a schema that forgets a field the web reads is caught', async () => {
    const response = await answer(true);
    expect(response.statusCode).toBe(500);
  });
});
