/**
 * `npm run api:types`: writes the OpenAPI document of the routes (apps/server/openapi.json) and the
 * web's types generated from it by openapi-typescript (apps/web/src/lib/api-types.ts). Both are
 * committed; test/openapi.test.ts fails when they are not what the routes give (decision 0021).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app';
import type { Database } from '../src/db/open-db';
import { loadConfig } from '../src/platform/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DOCUMENT_FILE = path.join(root, 'apps/server/openapi.json');
export const TYPES_FILE = path.join(root, 'apps/web/src/lib/api-types.ts');

const SECRET = 'the-document-depends-on-no-secret-0123456789';

/** The document as the server serves it at /api/v1/openapi.json. No route runs: no database is opened. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const database = { kind: 'pglite', intact: () => true } as unknown as Database;
  const app = await buildApp({ database, config: loadConfig({ INSIKT_SECRET: SECRET }), secret: SECRET });
  await app.ready();
  const document = app.swagger() as unknown as OpenAPI3;
  await app.close();
  return document;
}

/** The two generated files' contents. */
export async function generateApiFiles(): Promise<{ document: string; types: string }> {
  const document = await openApiDocument();
  const types = astToString(await openapiTS(structuredClone(document)));
  return {
    document: `${JSON.stringify(document, null, 2)}\n`,
    types: `${COMMENT_HEADER.replace(' * Do not', ' * Run `npm run api:types` after changing a route. Do not')}${types}`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { document, types } = await generateApiFiles();
  fs.writeFileSync(DOCUMENT_FILE, document);
  fs.writeFileSync(TYPES_FILE, types);
  console.log(`Wrote ${path.relative(root, DOCUMENT_FILE)} and ${path.relative(root, TYPES_FILE)}.`);
}
