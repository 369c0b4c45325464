import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let adminEmail: string;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  const association = await seedAssociation(ctx, 'Samordningsförbundet Teoribygden');
  adminEmail = (await seedUser(ctx, 'association_admin', association.id, 'chef@teoribygden.se')).email;
  const admin = await login(ctx, adminEmail);
  await call(ctx, admin, 'POST', `/api/v1/associations/${association.id}/interventions`, {
    name: 'Arena för arbete',
    kind: 'individual',
    startDate: '2025-01-01',
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('the förbundschef’s theory of change', () => {
  it('builds a small theory of change, assesses a mechanism, fastställer it and downloads the .docx', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Insatser', exact: true })
      .click();
    await page.getByRole('link', { name: 'Arena för arbete' }).click();
    await page.getByRole('link', { name: 'Förändringsteori' }).click();
    await page.getByRole('heading', { name: 'Förändringsteorier' }).waitFor();
    await page.getByLabel('Titel').fill('Arena för arbete');
    await page.getByLabel('Arena för arbete').check();
    await page.getByRole('button', { name: 'Påbörja förändringsteori' }).click();
    await page.getByRole('heading', { name: 'Förändringsteori: Arena för arbete' }).waitFor();

    // The columns: an activity for the participants, a short-term effect for collaboration, staffing.
    const activities = page.getByRole('group', { name: 'Deltagare och målgrupp' }).first();
    await activities.getByRole('button', { name: 'Lägg till punkt' }).click();
    await page
      .getByLabel('Aktiviteter och processer, Deltagare och målgrupp, punkt 1')
      .fill('Kartläggning och vägledning');
    const shortTerm = page.getByRole('region', { name: 'Effekter på kort sikt' });
    await shortTerm.getByRole('group', { name: 'Samverkan' }).getByRole('button', { name: 'Lägg till punkt' }).click();
    await page.getByLabel('Effekter på kort sikt, Samverkan, punkt 1').fill('Förtroende mellan parterna');
    await page.getByRole('button', { name: 'Lägg till bemanning' }).click();
    await page.getByLabel('Part, rad 1').selectOption({ label: 'Arbetsförmedlingen' });
    await page.getByLabel('Roll, rad 1').fill('arbetsförmedlare');
    await page.getByLabel('Andel av heltid (%), rad 1').fill('25');
    await expectNoAxeViolations(page, 'förändringsteori, kolumner');

    // A mechanism from seed 001's starting list, assessed for cycle 1.
    await page.getByRole('tab', { name: 'Förändringsmekanismer' }).click();
    await page.getByRole('button', { name: 'Lägg till mekanismerna från källa 001 som startlista' }).click();
    await page.getByLabel('Mekanism 1, bedömning cykel 1').selectOption({ label: 'Delvis' });
    await page.getByLabel('Mekanism 1, motivering cykel 1').fill('Kontaktvägarna finns, forum saknas ännu.');
    await expectNoAxeViolations(page, 'förändringsteori, mekanismer');

    await page.getByRole('tab', { name: 'Utvärderingsplan' }).click();
    await page.getByLabel('Sätta ramar (cykel 1), från').fill('2025-01-01');
    await page.getByLabel('Sätta ramar (cykel 1), till').fill('2025-02-28');
    const timeline = page.getByRole('table', { name: /Utvärderingsplanen per/ });
    await timeline
      .getByRole('row', { name: /Sätta ramar 2025-01-01 2025-02-28 Klart/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'förändringsteori, plan');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();

    await page.getByLabel('Beslutets referens').fill('styrelsemöte 2026-04-16 § 5');
    await page.getByRole('button', { name: 'Fastställ' }).click();
    await page.getByText(/fastställd .* \(styrelsemöte 2026-04-16 § 5\)/).waitFor();
    await page.getByRole('button', { name: 'Starta ny version' }).waitFor();
    expect(await page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    // Fastställd, the cells are lists to read rather than locked text boxes.
    await page.getByRole('tab', { name: 'Förändringsteori' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Förtroende mellan parterna' }).waitFor();
    await expectNoAxeViolations(page, 'förändringsteori, fastställd');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Word (.docx)' }).click();
    const { value: html } = await mammoth.convertToHtml({ buffer: await readFile(await (await download).path()) });
    expect(html).toContain('Effekter kort sikt: Samverkan');
    expect(html).toContain('• Förtroende mellan parterna');
    expect(html).toContain('Arbetsförmedlingen — arbetsförmedlare — 25 %');
    expect(html).toContain('Kontaktvägarna finns, forum saknas ännu.');
    expect(html).toContain('(Från källa 001)');
    await page.close();
  });
});
