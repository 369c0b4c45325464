import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { implementationRecords } from '../apps/server/src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

/** Issue 13 §7: record an insats's gap type, samverkansform, a decision and barriers; see it in the board view. */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
const lastYear = new Date().getFullYear() - 1;
let ctx: TestContext;
let browser: Browser;
let base: string;
let adminEmail: string;
let associationId: string;
let interventionId: string;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  associationId = (await seedAssociation(ctx, 'Samordningsförbundet Implementering')).id;
  adminEmail = (await seedUser(ctx, 'association_admin', associationId, 'chef@implementering.se')).email;
  const admin = await login(ctx, adminEmail);
  interventionId = (
    await call(ctx, admin, 'POST', `/api/v1/associations/${associationId}/interventions`, {
      name: 'Bron till arbete',
      kind: 'individual',
      startDate: `${lastYear - 1}-01-01`,
      endDate: `${lastYear}-06-30`,
      status: 'completed',
    })
  ).json<{ id: string }>().id;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('implementation', () => {
  it('records gap type, samverkansform, a decision and barriers for an insats, and shows them in the board view', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await page.goto(`${base}/forbund/${associationId}/insatser/${interventionId}`);
    await page.getByRole('tab', { name: 'Samverkan och implementering' }).click();
    const panel = page.getByRole('tabpanel');
    // The definitions of seed 002 stand beside the choice.
    await panel.getByText(/Glapptäckande: insatsen själv, en extern aktör/).waitFor();
    await panel.getByLabel('Glappreducerande', { exact: true }).check();
    await panel.getByLabel('Samverkansform', { exact: true }).selectOption({ label: 'Kollaboration' });
    await panel.getByRole('button', { name: 'Lägg till beslut' }).click();
    await panel.getByLabel('Part', { exact: true }).selectOption({ label: 'Försäkringskassan' });
    await panel.getByLabel('Datum', { exact: true }).fill(`${lastYear}-09-15`);
    await panel.getByLabel('Beslut', { exact: true }).selectOption({ label: 'Implementeras inte' });
    await panel.getByRole('checkbox', { name: 'Ettåriga budgetar' }).check();
    await panel.getByRole('checkbox', { name: 'Beslut saknas hos part' }).check();
    await expectNoAxeViolations(page, 'samverkan och implementering');
    await panel.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await panel.getByLabel('Status', { exact: true }).selectOption({ label: 'Ej implementerad' });
    await panel.getByLabel('Gäller från').fill(`${lastYear}-10-01`);
    await panel.getByRole('button', { name: 'Ändra status' }).click();
    await panel.getByRole('heading', { name: 'Status: Ej implementerad' }).waitFor();
    await panel.getByRole('cell', { name: `${lastYear}-10-01` }).waitFor();
    const [stored] = await ctx.database.db
      .select()
      .from(implementationRecords)
      .where(eq(implementationRecords.interventionId, interventionId));
    expect(stored).toMatchObject({
      gapType: 'gap_reducing',
      collaborationForm: 'collaboration',
      barriers: ['no_decision', 'one_year_budgets'],
      status: 'not_implemented',
    });
    expect(stored!.decisions).toMatchObject([{ date: `${lastYear}-09-15`, outcome: 'none' }]);

    await page.goto(`${base}/forbund/${associationId}/utvardering`);
    await page.getByRole('link', { name: 'Implementering' }).click();
    await page.getByRole('heading', { name: 'Framgångsrika insatser implementeras sällan' }).waitFor();
    const row = page.getByRole('row', { name: /Bron till arbete/ });
    await row.getByRole('cell', { name: 'Inte implementerad' }).waitFor();
    // 2 whole months from the end (30 june) to the decision (15 september).
    await page.getByText('median 2 mån. (1 insats)').waitFor();
    const barriers = page.getByRole('table', { name: /Vanligaste hindren/ });
    await barriers.getByRole('row', { name: /Ettåriga budgetar/ }).waitFor();
    await page.getByRole('figure').locator('svg').first().waitFor();
    await expectNoAxeViolations(page, 'implementering för styrelsen');
  });
});
