import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { associations, auditLog, interventions, participations } from '../src/db/schema';
import { auditPersonalDataRead } from '../src/platform/audit';
import { cliActor } from '../src/platform/actor';
import { ROLE_CODES, todayIso } from '@insikt/core';
import { bootstrapDemo } from '../src/modules/demo/first-start';
import { DEMO_ADMIN_EMAIL, loadDemo } from '../src/modules/demo/load-demo';
import { call, login, seedAssociation, startTestApp, type TestContext } from './harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

let firstStartPassword: string | undefined;

describe('first start and the demo', () => {
  it('loads the demo once on the embedded database, with a working login per role; never on a PostgreSQL server', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-first-'));
    const demo = await bootstrapDemo(ctx.database, dir);
    if (ctx.database.kind === 'postgres') {
      expect(demo).toBeNull();
      expect(fs.existsSync(path.join(dir, 'demo-login.txt'))).toBe(false);
      return;
    }
    expect(demo!.logins.map((l) => l.role)).toEqual(expect.arrayContaining([...ROLE_CODES]));
    expect(demo!.logins[0]).toMatchObject({ email: DEMO_ADMIN_EMAIL, role: 'system_admin' });
    const file = fs.readFileSync(path.join(dir, 'demo-login.txt'), 'utf8');
    expect(file).toContain(demo!.password);
    expect(fs.statSync(path.join(dir, 'demo-login.txt')).mode & 0o077).toBe(0);
    for (const login_ of demo!.logins) await login(ctx, login_.email, demo!.password);
    firstStartPassword = demo!.password;
    expect(await bootstrapDemo(ctx.database, dir)).toBeNull();
  });

  it('gives three förbund, about 21 insatser and about 3 000 participations with plausible outcomes', async () => {
    // On PostgreSQL the demo never loads by itself; an operator loads it explicitly.
    const password =
      ctx.database.kind === 'postgres' ? (await loadDemo(ctx.database.db, todayIso())).password : firstStartPassword!;
    const names = (await ctx.database.db.select().from(associations))
      .map((a) => a.name)
      .filter((n) => n.startsWith('Demo – '));
    expect(names).toHaveLength(3);
    const [{ n: interventionCount }] = (await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(interventions)) as [{ n: number }];
    // Five per förbund and its samordnare (structural activities), and the first förbund's three
    // ended insatser for the implementation view.
    expect(interventionCount).toBe(21);
    const [{ n }] = (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(participations)) as [
      { n: number },
    ];
    expect(n).toBeGreaterThan(2500);
    expect(n).toBeLessThan(3500);
    const national = await login(ctx, 'nationell@demo.insikt.se', password);
    const year = Number(todayIso().slice(0, 4)) - 1;
    const report = (
      await call(ctx, national, 'GET', `/api/v1/reports/outcome?from=${year}-01-01&to=${year}-12-31&groupBy=national`)
    ).json<{
      groups: { cells: Record<string, { total: number; kvinna: number; man: number }> }[];
    }>();
    const cells = report.groups[0]!.cells;
    expect(cells.antal!.total).toBeGreaterThan(500);
    // Plausible: a fifth to a half in work, and men a little more often than women.
    expect(cells.andel_forvarvsarbete!.total).toBeGreaterThan(0.2);
    expect(cells.andel_forvarvsarbete!.total).toBeLessThan(0.5);
    expect(cells.andel_forvarvsarbete!.man).toBeGreaterThan(cells.andel_forvarvsarbete!.kvinna);
    await expect(loadDemo(ctx.database.db, todayIso())).rejects.toThrow(/finns redan/);
  });
});

describe('personal data reads', () => {
  it('records who read which records, one entry per read', async () => {
    const association = await seedAssociation(ctx);
    await auditPersonalDataRead(ctx.database.db, cliActor(), 'participant', ['p-1'], association.id);
    await auditPersonalDataRead(ctx.database.db, cliActor(), 'participant', ['p-2', 'p-3'], association.id);
    await auditPersonalDataRead(ctx.database.db, cliActor(), 'participant', [], association.id);
    const entries = await ctx.database.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.read'));
    expect(entries.map((e) => [e.entityId, e.details])).toEqual([
      ['p-1', {}],
      [null, { ids: ['p-2', 'p-3'], count: 2 }],
    ]);
    expect(entries.every((e) => e.associationId === association.id && e.userEmail === 'cli')).toBe(true);
  });
});
