import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
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

describe('the förbundschef takes out the yearly national figures (issue 17 §5)', () => {
  it('opens Nationell uppföljning from the insatser, chooses a year and reads the same counts back from Excel', async () => {
    const year = Number(todayIso().slice(0, 4)) - 2;
    const page = await newPage(browser);
    await signIn(page, base, chef, password);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Insatser', exact: true })
      .click();
    await page.getByRole('link', { name: 'Nationell uppföljning per år' }).click();
    await page.getByLabel('År').selectOption(String(year));
    const first = page.getByRole('table').first();
    const started = first.getByRole('row', { name: new RegExp(`^Påbörjade under ${year}`) });
    await started.waitFor();
    await page.getByRole('heading', { name: 'Strukturövergripande insatser' }).waitFor();
    await page.getByText(/Exakta antal: en arbetsfil/).waitFor();
    await expectNoAxeViolations(page, 'nationell uppföljning');
    const insats = await page.getByRole('heading', { level: 3 }).first().textContent();
    const onScreen = (await started.getByRole('cell').allTextContents()).map((v) => Number(v.replace(/\s/g, '')));

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Excel' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await download).path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe(`Nationell uppföljning ${year}`);
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(3).slice(0, 4)).toEqual([
      'Insats',
      'Typ av insats',
      'Organisation (strukturövergripande insatser)',
      `Påbörjade deltagare ${year} – kvinnor`,
    ]);
    // The first insats on the screen is the file's first row, with the same started women, men, unknown, total.
    expect(row(4)[0]).toBe(insats);
    expect(row(4).slice(3, 7)).toEqual(onScreen);
    await page.close();
  });
});
