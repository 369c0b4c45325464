import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseRecord } from '../packages/core/src/outcome/finnveden-2019.fixture';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { pdfText } from '../apps/server/test/pdf-text';
import { insertRecords } from '../apps/server/test/report-fixtures';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let adminEmail: string;
let readerEmail: string;
const year = new Date().getFullYear() - 1;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  const association = await seedAssociation(ctx, 'Samordningsförbundet Nyttobygden');
  adminEmail = (await seedUser(ctx, 'association_admin', association.id, 'chef@nyttobygden.se')).email;
  readerEmail = (await seedUser(ctx, 'reader', association.id, 'styrelsen@nyttobygden.se')).email;
  const admin = await login(ctx, adminEmail);
  const intervention = await call(ctx, admin, 'POST', `/api/v1/associations/${association.id}/interventions`, {
    name: 'Jobbstudion',
    kind: 'individual',
    startDate: `${year - 1}-01-01`,
    budgets: [{ year, budget: 1_000_000, actualCost: 988_000 }],
  });
  // 15 women from försörjningsstöd to 24 % work, 4 men who stay on försörjningsstöd.
  const record = { ...baseRecord, startDate: `${year}-01-02`, exitDate: `${year}-06-30`, workHoursBefore: 0 };
  await insertRecords(ctx, association.id, intervention.json<{ id: string }>().id, [
    ...Array.from({ length: 15 }, (_, i) => ({
      ...record,
      personKey: `k${i}`,
      gender: 'kvinna' as const,
      workHoursAfter: 9.6,
      supportBefore: ['forsorjningsstod'],
      supportAfter: ['lon'],
    })),
    ...Array.from({ length: 4 }, (_, i) => ({
      ...record,
      personKey: `m${i}`,
      gender: 'man' as const,
      workHoursAfter: 0,
      supportBefore: ['forsorjningsstod'],
      supportAfter: ['forsorjningsstod'],
    })),
  ]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('the förbundschef’s socio-economic analysis', () => {
  it('runs the analysis on the insats’s participants, changes a group, saves it and downloads the PDF', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Insatser', exact: true })
      .click();
    await page.getByRole('link', { name: 'Jobbstudion' }).click();
    await page.getByRole('tab', { name: 'Nyttoberäkning' }).click();
    await page.getByLabel('Från').fill(`${year}-01-01`);
    await page.getByLabel('Till').fill(`${year}-12-31`);
    await page.getByRole('button', { name: 'Beräkna' }).click();
    // 15 of 19 gain 24 % of 336 000 × 1,3142 a year: 83 666 kr per participant; 988 000 / 19 = 52 000 kr each.
    await page.getByText(/Samhällets vinst är 83\s666 kr per deltagare och år/).waitFor();
    await page.getByText(/Kostnad 988\s000 kr för 19 avslutade deltagare: 52\s000 kr per deltagare/).waitFor();
    await page.getByText('Prislistan innehåller exempelvärden', { exact: false }).waitFor();
    const society = page.getByRole('table', { name: /Resultat per aktör/ }).getByRole('row', { name: /^Samhället/ });
    expect(await society.textContent()).toMatch(/^Samhället83\s666 kr31\s666 kr/);
    await page
      .getByRole('figure', { name: /Ackumulerad vinst/ })
      .locator('svg')
      .waitFor();
    await expectNoAxeViolations(page, 'nyttoberäkning');

    // Override the men's group: they too go to 24 % work.
    await page.getByText(/Visa hur situationerna härletts/).click();
    const men = page.getByRole('row', { name: /^Män 4/ });
    await men.getByRole('button', { name: 'Ändra antaganden' }).click();
    await page.getByRole('group', { name: 'Efter' }).getByLabel('Arbete (% av heltid)').fill('24');
    await page.getByRole('group', { name: 'Efter' }).getByLabel('Försörjning').selectOption('');
    await page.getByRole('button', { name: 'Använd' }).click();
    await page.getByText(/Samhällets vinst är 105\s977 kr per deltagare och år/).waitFor();
    await expectNoAxeViolations(page, 'nyttoberäkning, ändrad grupp');

    await page.getByLabel('Namn på analysen').fill('Styrelsen december');
    await page.getByRole('button', { name: 'Spara analysen' }).click();
    await page.getByText('Analysen är sparad').waitFor();
    await page
      .getByRole('table', { name: 'Sparade analyser' })
      .getByRole('button', { name: 'Styrelsen december' })
      .waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner PDF för styrelsen' }).click();
    const pdf = await pdfText(await readFile(await (await download).path()));
    expect(pdf.title).toBe('Nyttoberäkning – Jobbstudion');
    expect(pdf.pages.join(' ')).toMatch(/Samhällets vinst är 105\s977 kr per deltagare och år/);

    // Typfall instead of the registrations: 20 people from försörjningsstöd to 24 % work.
    await page.getByLabel('Beräkna på').selectOption('typfall');
    const typfall = page.getByRole('group', { name: 'Typfall 1' });
    await typfall.getByLabel('Antal deltagare').fill('20');
    await typfall.getByRole('group', { name: 'Efter' }).getByLabel('Arbete (% av heltid)').fill('24');
    await page.getByRole('button', { name: 'Beräkna' }).click();
    const fresh = page.getByRole('region', { name: 'Ny beräkning' });
    await fresh.getByText(/Samhällets vinst är 105\s977 kr per deltagare och år.*för 20 deltagare/).waitFor();
    await fresh.getByText(/988\s000 kr för 20 .*49\s400 kr per deltagare/).waitFor();
    await expectNoAxeViolations(page, 'nyttoberäkning, typfall');
    await page.close();
  });

  it('compares the saved analyses of the förbund and keeps its own price list with sources', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyttoberäkning' }).click();
    const row = page
      .getByRole('table', { name: /Sparade nyttoberäkningar/ })
      .getByRole('row', { name: /^Jobbstudion/ });
    expect(await row.textContent()).toMatch(/Styrelsen december.*19.*52\s000 kr.*105\s977 kr/);
    await page.getByText(/ska inte rangordnas efter nyttoberäkningen enbart/).waitFor();
    await expectNoAxeViolations(page, 'jämför insatser');

    await page.getByRole('tab', { name: 'Prislistor' }).click();
    await page.getByRole('button', { name: /Öppna Nationell standard/ }).click();
    await page.getByLabel('År', { exact: true }).fill(String(year + 1));
    await page.getByRole('button', { name: 'Kopiera till förbundet för året' }).click();
    await page.getByRole('heading', { name: `Förbundets prislista ${year + 1} (${year + 1})` }).waitFor();
    await page.getByLabel('Årslön för ett heltidsarbete (brutto): Värde').fill('350000');
    await page
      .getByLabel('Årslön för ett heltidsarbete (brutto): Källa')
      .fill('SCB lönestrukturstatistik, undersköterskor');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await expectNoAxeViolations(page, 'prislistor');
    await page.close();
  });
});

describe('the board member reads an insats', () => {
  it('gets a summary in words and kronor with protected figures, no form and no links to screens it cannot use', async () => {
    const page = await newPage(browser);
    await signIn(page, base, readerEmail);
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Insatser', exact: true }).click();
    await page.getByRole('link', { name: 'Jobbstudion' }).click();
    await page.getByRole('heading', { name: 'Jobbstudion', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Sammanfattning' }).waitFor();
    // Amounts in kronor with digit grouping, not "1000000" in a locked field.
    await page.getByRole('cell', { name: /^1\s000\s000 kr$/ }).waitFor();
    await page.getByRole('cell', { name: /^988\s000 kr$/ }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    // The latest figures come from the server's protected report: the protection is said beside them.
    await page.getByRole('heading', { name: `Senaste siffror: avslutade deltagare ${year}` }).waitFor();
    await page.getByRole('row', { name: /^Antal \d/ }).waitFor();
    await page.getByText(/^Röjandeskydd:/).waitFor();
    // No "Deltagare" anywhere: the list would answer a reader with an access error.
    expect(await menu.getByRole('link', { name: 'Deltagare' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('link', { name: 'Deltagare' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'insats, sammanfattning');
    await page.close();
  });
});
