import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { todayIso } from '@insikt/core';
import { startTestApp, type TestContext } from '../apps/server/test/harness';
import { loadDemo } from '../apps/server/src/modules/demo/load-demo';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let chef: string;
let password: string;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  const demo = await loadDemo(ctx.database.db, todayIso());
  password = demo.password;
  chef = demo.logins.find((l) => l.role === 'association_admin' && l.association?.endsWith('Finnveden'))!.email;
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('the förbundschef compares Finnveden with the län and riket (issue 12 §1, §9)', () => {
  it('shows Finnveden beside the real län and riket, and the trend over the years', async () => {
    const page = await newPage(browser);
    await signIn(page, base, chef, password);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapporter' }).click();
    await page.getByLabel('Gruppera per').selectOption('national');
    await page.getByRole('button', { name: 'Visa' }).click();
    // Three columns, each saying what it holds: the förbund, the län of all three demo förbund, riket.
    await page.getByRole('columnheader', { name: /Finnveden$/ }).waitFor();
    await page.getByRole('columnheader', { name: 'Jönköpings län (3 förbund)' }).waitFor();
    await page.getByRole('columnheader', { name: 'Riket (3 förbund)' }).waitFor();
    await page.getByText(/Länet och riket omfattar alla förbunds avslutade deltagare/).waitFor();
    await expectNoAxeViolations(page, 'rapport, jämförelse med län och riket');

    await page.getByRole('tab', { name: 'Över tid' }).click();
    await page.getByRole('figure', { name: 'Andel i förvärvsarbete per år, kvinnor och män' }).locator('svg').waitFor();
    const table = page.getByRole('table', { name: 'Andel i förvärvsarbete per år' });
    await table.getByRole('columnheader', { name: 'Riket (3 förbund)' }).waitFor();
    await expectNoAxeViolations(page, 'rapport, över tid');
    await page.close();
  });
});
