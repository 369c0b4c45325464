import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/platform/config';
import { startTestApp, TEST_SECRET, type TestContext } from './harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('system endpoints', () => {
  it('reports health and which database is in use', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('describes every API route in OpenAPI', async () => {
    const spec = (await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(spec.openapi).toMatch(/^3\./);
    const documented = Object.entries(spec.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const routes = ctx.app.routeTable
      .filter((r) => !r.url.endsWith('openapi.json'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual(routes.sort());
    expect(JSON.stringify(spec.paths['/api/v1/associations'])).toContain('municipalityCodes');
  });

  it('answers unknown API paths with a JSON 404 in Swedish', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/finns-inte' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Adressen finns inte.' } });
  });

  it('serves the web app for client-side routes, and its files without a session', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Insikt</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    const app = await buildApp({ database: ctx.database, config: loadConfig({}), secret: TEST_SECRET, webDist: dist });
    try {
      const page = await app.inject({ method: 'GET', url: '/forbund/123' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Insikt</title>');
      const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
    } finally {
      await app.close();
    }
  });
});
