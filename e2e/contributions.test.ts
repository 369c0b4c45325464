import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { todayIso } from '@insikt/core';
import { kommunYearInputs, stateMoneyYears } from '../apps/server/src/db/schema';
import { seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { pdfText } from '../apps/server/test/pdf-text';
import { expectNoAxeViolations, launchBrowser, newPage, openFromMenu, signIn } from './browser';

/**
 * Issue 16 §3 and §7: the förbundschef computes the members' contributions with an agreed key, downloads
 * the letter, moves an interim report in the yearly cycle and sees it among the next dates on the start page.
 */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let associationId: string;
const adminEmail = 'chef@bidrag.se';
const readerEmail = 'styrelse@bidrag.se';
// The screen opens on next year: the letter goes out in spring about the coming year.
const year = new Date().getFullYear() + 1;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  associationId = (await seedAssociation(ctx, 'Samordningsförbundet Bidrag')).id;
  await seedUser(ctx, 'association_admin', associationId, adminEmail);
  await seedUser(ctx, 'reader', associationId, readerEmail);
  await ctx.database.db.insert(stateMoneyYears).values({ associationId, year, requested: 1_000_001 });
  await ctx.database.db.insert(kommunYearInputs).values([
    { year, municipalityCode: '0662', inhabitants16to64: 18_000 },
    { year, municipalityCode: '0665', inhabitants16to64: 9_000 },
  ]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('member contributions and the yearly cycle', () => {
  it('computes the contributions, refuses an agreed key off 100 %, and gives the letter', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await openFromMenu(page, 'Ekonomi', 'Medlemsbidrag');
    await page.getByRole('heading', { name: 'Medlemsbidrag – Samordningsförbundet Bidrag' }).waitFor();
    const requested = page.getByTestId('table-requested');
    // 500 000 kr to the kommuner by 18 000 and 9 000 inhabitants 16–64; the odd krona to the region.
    await requested.getByRole('row', { name: /Gislaveds kommun .* 333 333 kr/ }).waitFor();
    await requested.getByRole('row', { name: /Region Jönköpings län Lika delar .* 500 001 kr/ }).waitFor();

    await page.getByRole('radio', { name: 'Överenskomna andelar i procent' }).check();
    await page.getByLabel('Andel för Gislaveds kommun (%)').fill('60');
    await page.getByLabel('Andel för Vaggeryds kommun (%)').fill('35,5');
    await page.getByRole('button', { name: 'Spara nyckeln' }).click();
    await page.getByText('Kommunernas andelar blir 95,5 %, inte 100 %: Vaggeryds kommun har 35,5 %.').first().waitFor();
    await page.getByLabel('Andel för Vaggeryds kommun (%)').fill('40');
    await page.getByRole('button', { name: 'Spara nyckeln' }).click();
    await page.getByText('Nyckeln är sparad.').waitFor();
    await requested.getByRole('row', { name: /Gislaveds kommun 60 % enligt överenskommelse .* 300 000 kr/ }).waitFor();
    await expectNoAxeViolations(page, 'medlemsbidrag');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Brevet till medlemmarna/ }).click();
    const pdf = await pdfText(await readFile(await (await download).path()));
    expect(pdf.title).toBe(`Medlemsbidrag ${year}`);
    const text = pdf.pages.join(' ');
    expect(text).toContain('Samordningsförbundet Bidrag har ansökt om 1 000 001 kr');
    expect(text).toContain('Vaggeryds kommun 40 % enligt överenskommelse 40 % 200 000 kr');
  });

  it('moves an interim report in the yearly cycle and shows it among the next dates on the start page', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await openFromMenu(page, 'Ekonomi', 'Årshjul för ekonomin');
    await page.getByRole('heading', { name: 'Årshjul för ekonomin – Samordningsförbundet Bidrag' }).waitFor();
    // Ten days from today, so the start page (next 60 days) shows it whatever the date of the run.
    const soon = new Date(Date.parse(`${todayIso()}T00:00:00Z`) + 10 * 86_400_000);
    const interim = page.getByTestId('event-interimReport2');
    await interim.getByLabel('Månad').selectOption(String(soon.getUTCMonth() + 1));
    await interim.getByLabel('Dag', { exact: true }).fill(String(soon.getUTCDate()));
    await page.getByRole('button', { name: 'Spara årshjulet' }).click();
    await page.getByText('Årshjulet är sparat.').waitFor();
    await interim.getByText(/om 10 dagar/).waitFor();
    await expectNoAxeViolations(page, 'årshjulet');

    await page.getByRole('link', { name: 'Start' }).click();
    const list = page.getByTestId('finance-deadlines');
    await list.getByRole('link', { name: /om 10 dagar\): Delårsrapport 2, Samordningsförbundet Bidrag/ }).waitFor();
    await expectNoAxeViolations(page, 'startsidan med tidpunkter');

    // The board reads the cycle as a table, with no form to change it.
    const board = await newPage(browser);
    await signIn(board, base, readerEmail);
    await openFromMenu(board, 'Ekonomi', 'Årshjul för ekonomin');
    await board.getByRole('row', { name: new RegExp(`^Delårsrapport 2 ${soon.getUTCDate()} `) }).waitFor();
    expect(await board.getByRole('button', { name: 'Spara årshjulet' }).count()).toBe(0);
    await expectNoAxeViolations(board, 'årshjulet för läsare');
  });
});
