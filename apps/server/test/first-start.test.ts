import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../src/db/schema';
import { auditPersonalDataRead } from '../src/platform/audit';
import { cliActor } from '../src/platform/actor';
import { bootstrapDemoAdmin, DEMO_ADMIN_EMAIL } from '../src/modules/users/bootstrap-demo-admin';
import { login, seedAssociation, startTestApp, type TestContext } from './harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('first start', () => {
  it('creates a working demo administrator once on the embedded database, and never on a PostgreSQL server', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-first-'));
    const demo = await bootstrapDemoAdmin(ctx.database, dir);
    if (ctx.database.kind === 'postgres') {
      expect(demo).toBeNull();
      expect(fs.existsSync(path.join(dir, 'demo-login.txt'))).toBe(false);
      return;
    }
    expect(demo?.email).toBe(DEMO_ADMIN_EMAIL);
    const file = fs.readFileSync(path.join(dir, 'demo-login.txt'), 'utf8');
    expect(file).toContain(demo!.password);
    expect(fs.statSync(path.join(dir, 'demo-login.txt')).mode & 0o077).toBe(0);
    await login(ctx, DEMO_ADMIN_EMAIL, demo!.password);
    expect(await bootstrapDemoAdmin(ctx.database, dir)).toBeNull();
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
