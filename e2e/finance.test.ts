import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { encodeCp437 } from '@insikt/core';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

/**
 * Issue 16 (finacc): the förbundschef enters a budget line, imports the year's outcome from an SIE file
 * (mapping the accounts once), reads the key figures and the guideline flag, and compares the county.
 */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
const year = new Date().getFullYear();
let ctx: TestContext;
let browser: Browser;
let base: string;
let associationId: string;
const adminEmail = 'chef@ekonomi.se';

const sieFile = () =>
  Buffer.from(
    encodeCp437(
      [
        '#FLAGGA 0',
        '#FORMAT PC8',
        '#SIETYP 4',
        '#FNAMN "Samordningsförbundet Ekonomi"',
        `#RAR 0 ${year}0101 ${year}1231`,
        '#KONTO 3010 "Statligt bidrag"',
        '#KONTO 5010 "Lokalhyra kansliet"',
        '#KONTO 1930 "Bank"',
        `#VER A 1 ${year}0115 "Bidrag"`,
        '{',
        '#TRANS 1930 {} 1500000.00',
        '#TRANS 3010 {} -1500000.00',
        '}',
        `#VER A 2 ${year}0520 "Hyra"`,
        '{',
        '#TRANS 5010 {} 100000.00',
        '#TRANS 1930 {} -100000.00',
        '}',
        `#VER A 3 ${year}0915 "Hyra"`,
        '{',
        '#TRANS 5010 {} 50000.00',
        '#TRANS 1930 {} -50000.00',
        '}',
        '',
      ].join('\r\n'),
    ),
  );

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  associationId = (await seedAssociation(ctx, 'Samordningsförbundet Ekonomi')).id;
  await seedUser(ctx, 'association_admin', associationId, adminEmail);
  await call(ctx, await login(ctx, adminEmail), 'POST', `/api/v1/associations/${associationId}/interventions`, {
    name: 'Jobbstudion',
    kind: 'individual',
    startDate: `${year}-01-01`,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('finance', () => {
  it('takes a budget, an SIE outcome with its account mapping, and shows key figures, guideline and comparison', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await page.goto(`${base}/forbund/${associationId}/ekonomi`);
    await page.getByRole('heading', { name: 'Ekonomi', level: 1 }).waitFor();
    await page.getByText('Förbundet för inte årets ekonomi i Insikt än').waitFor();
    await page.getByLabel('Utfall per', { exact: true }).selectOption({ label: 'Tertial' });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Förbundet för inte årets ekonomi i Insikt än').waitFor({ state: 'detached' });

    const addLine = async (name: string, kind: 'Intäkt' | 'Kostnad', extra?: () => Promise<unknown>) => {
      await page.getByLabel('Namn', { exact: true }).fill(name);
      await page.getByLabel('Intäkt eller kostnad', { exact: true }).selectOption({ label: kind });
      await extra?.();
      await page.getByRole('button', { name: 'Lägg till rad' }).click();
      await page.getByRole('rowheader', { name, exact: true }).waitFor();
    };
    await addLine('Statliga medel', 'Intäkt', () =>
      page.getByLabel('Varifrån intäkten kommer', { exact: true }).selectOption({ label: 'Statliga medel' }),
    );
    await addLine('Kansli', 'Kostnad', () => page.getByRole('checkbox', { name: 'Räknas som administration' }).check());
    await addLine('Jobbstudion', 'Kostnad', () =>
      page.getByLabel('Insats (för en insats kostnader)', { exact: true }).selectOption({ label: 'Jobbstudion' }),
    );

    const budget = page.locator('form', { has: page.getByRole('heading', { name: 'Budget och plan' }) });
    await budget.getByLabel('Rad', { exact: true }).selectOption({ label: 'Jobbstudion' });
    await budget.getByLabel('År', { exact: true }).selectOption(String(year + 1));
    await budget.getByLabel('Belopp (kr)').fill('800 000');
    await budget.getByRole('button', { name: 'Spara budget' }).click();
    await page.getByText('Budgeten är sparad.').waitFor();
    const insatsRow = page.getByRole('row', { name: /^Jobbstudion/ });
    await insatsRow.getByRole('cell', { name: '800 000 kr' }).waitFor();
    await expectNoAxeViolations(page, 'ekonomi med budget');

    const chooseFile = () =>
      page
        .getByLabel('Fil med utfall', { exact: true })
        .setInputFiles({ name: 'bokslut.se', mimeType: 'application/octet-stream', buffer: sieFile() });
    await chooseFile();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Inget importerades.').waitFor();
    await page.getByRole('cell', { name: /konto 3010 \(Statligt bidrag\) har belopp men ingen rad/ }).waitFor();
    await page.getByLabel(/^Konto 3010 Statligt bidrag/).selectOption({ label: 'Statliga medel' });
    await page.getByLabel(/^Konto 5010 Lokalhyra kansliet/).selectOption({ label: 'Kansli' });
    await expectNoAxeViolations(page, 'kontomappning');
    await page.getByRole('button', { name: 'Spara kontomappning' }).click();
    await page.getByText('Kontomappningen är sparad.').waitFor();
    await chooseFile();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText(`Utfallet är importerat: 3 rader för ${year}-T1, ${year}-T2, ${year}-T3.`).waitFor();

    const figures = page.getByRole('table', { name: `Nyckeltal ${year}: budget och utfall` });
    await figures
      .getByRole('row', { name: /^Intäkter/ })
      .getByRole('cell', { name: '1 500 000 kr' })
      .waitFor();
    await figures
      .getByRole('row', { name: /^Årets resultat/ })
      .getByRole('cell', { name: '1 350 000 kr' })
      .waitFor();
    await figures
      .getByRole('row', { name: /^Administration som andel/ })
      .getByRole('cell', { name: '100 %' })
      .waitFor();
    // Intl groups digits with no-break spaces.
    const text = async (id: string) => (await page.getByTestId(id).textContent())?.replace(/\s/g, ' ');
    // The whole year's outcome is tested against the guideline (a part-year one is not: decision 0064).
    await expect.poll(() => text('guideline')).toContain('1 050 000 kr över riktlinjen');
    expect(await text('guideline')).toContain('Förbundet förlorar skyddet i fördelningsmodellen.');
    expect(await text('per-inhabitant')).toMatch(/^saknas: invånare 16–64 år/);
    await expectNoAxeViolations(page, 'ekonomi med utfall');

    await page.getByRole('link', { name: 'Jämför förbunden i länet' }).click();
    await page.getByRole('heading', { name: 'Ekonomi – förbunden sida vid sida' }).waitFor();
    await page.getByLabel('År', { exact: true }).selectOption(String(year));
    await page
      .getByRole('columnheader', {
        name: `Summa för de 1 förbund i Jönköpings län som har bokslut för ${year} i Insikt`,
      })
      .waitFor();
    await expectNoAxeViolations(page, 'jämförelse');
    await page.close();
  });
});
