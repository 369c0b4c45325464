import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { seedModelYear } from '../apps/server/test/allocation-fixtures';
import { pdfText } from '../apps/server/test/pdf-text';
import { expectNoAxeViolations, launchBrowser, newPage, openFromMenu, signIn } from './browser';

/**
 * Issue 16 §5–6: a förbund administrator opens the state allocation model's year, builds the merger of
 * the three förbund in Jönköpings län (seed 003 §8.2), reads before and after and takes the PDF.
 */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
const adminEmail = 'chef@fordelning.se';

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  const own = await seedAssociation(ctx, 'Samordningsförbundet Södra Vätterbygden', ['0680']);
  await seedAssociation(ctx, 'Samordningsförbundet Finnveden', ['0662']);
  await seedAssociation(ctx, 'Samordningsförbundet Höglandet', ['0604']);
  await seedUser(ctx, 'association_admin', own.id, adminEmail);
  const sysAdmin = await login(ctx, (await seedUser(ctx, 'system_admin', null)).email);
  await seedModelYear(ctx, sysAdmin, {
    'Södra Vätterbygden': 'Samordningsförbundet Södra Vätterbygden',
    Finnveden: 'Samordningsförbundet Finnveden',
    Höglandet: 'Samordningsförbundet Höglandet',
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('allocation model', () => {
  it('opens the model year, simulates the merger, reads before and after and downloads the PDF', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await openFromMenu(page, 'Ekonomi', 'Statens fördelning');
    await page.getByRole('heading', { name: 'Statens fördelning', level: 1 }).waitFor();
    await page.getByText(/20 % av intäkterna vid intäkter upp till 7\s000\s000 kr/).waitFor();
    await expectNoAxeViolations(page, 'statens fördelning');

    await page.getByRole('link', { name: 'Modellåret 2020' }).click();
    await page.getByRole('heading', { name: 'Fördelningsmodellen 2020' }).waitFor();
    const finnveden = page.getByRole('row', { name: /^Finnveden/ }).first();
    await finnveden
      .getByText(/över riktlinjen/)
      .first()
      .waitFor();
    await page.getByText(/Antagande \(ingen källa\): skyddets kostnad/).waitFor();
    await expectNoAxeViolations(page, 'modellåret');

    await page.getByRole('link', { name: 'Ny simulering' }).click();
    await page.getByRole('heading', { name: 'Ny simulering av 2020' }).waitFor();
    await page.getByLabel('Simuleringens namn').fill('Sammanslagning av de tre förbunden');
    for (const name of ['Södra Vätterbygden', 'Finnveden', 'Höglandet'])
      await page.getByRole('checkbox', { name, exact: true }).check();
    await page.getByLabel('Det sammanslagna förbundets namn').fill('Jönköpings län');
    await page.getByRole('button', { name: 'Lägg till sammanslagningen' }).click();
    await page.getByText(/slås samman till Jönköpings län/).waitFor();
    await expectNoAxeViolations(page, 'ny simulering');
    await page.getByRole('button', { name: 'Spara simuleringen' }).click();

    await page.getByRole('heading', { name: 'Simulering: Sammanslagning av de tre förbunden' }).waitFor();
    await page
      .getByText(/grundbidragen blir 800\s000 kr lägre och medlemmarnas motsvarande andel lika mycket lägre/)
      .waitFor();
    const merged = page.getByRole('row', { name: /Jönköpings län \(sammanslaget av 3\)/ });
    await merged.getByRole('cell', { name: /^−800\s000 kr$/ }).waitFor();
    await page.getByRole('row', { name: /^Region Jönköping/ }).waitFor();
    await expectNoAxeViolations(page, 'simuleringen');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'PDF för styrelsen' }).click();
    const pdf = await pdfText(await readFile(await (await download).path()));
    expect(pdf.title).toBe('Simulering: Sammanslagning av de tre förbunden');
    expect(pdf.pages.join(' ')).toContain('grundbidragen blir 800 000 kr lägre och medlemmarnas motsvarande andel');
    expect(pdf.pages.join(' ')).toContain('Före och efter per medlem');
  });
});
