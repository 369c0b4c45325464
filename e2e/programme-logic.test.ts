import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { finnveden2019 } from '../packages/core/src/outcome/finnveden-2019.fixture';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { insertRecords } from '../apps/server/test/report-fixtures';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

/** Issue 13 §4 and §6: the förbundschef builds the programme logic and judges the effectiveness. */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let associationId: string;
let adminEmail: string;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  associationId = (await seedAssociation(ctx, 'Samordningsförbundet Logik')).id;
  adminEmail = (await seedUser(ctx, 'association_admin', associationId, 'chef@logik.se')).email;
  const admin = await login(ctx, adminEmail);
  const intervention = await call(ctx, admin, 'POST', `/api/v1/associations/${associationId}/interventions`, {
    name: 'Finnveden 2019',
    kind: 'individual',
    startDate: '2015-01-01',
  });
  await insertRecords(ctx, associationId, intervention.json<{ id: string }>().id, finnveden2019);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('programme logic and effectiveness', () => {
  it('starts from the template, links an indicator, sees fulfilment, fastställer; judges the effectiveness', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await page.goto(`${base}/forbund/${associationId}/utvardering`);
    await page.getByRole('link', { name: 'Mål- och programlogik' }).click();
    await page.getByLabel('År', { exact: true }).fill('2019');
    await page.getByLabel('Mall: Samordningsförbundet Uppsala län (Tabell 1)').check();
    await page.getByRole('button', { name: 'Starta', exact: true }).click();
    await page.getByRole('heading', { name: '2019, version 1 (utkast)' }).waitFor();
    expect(await page.getByLabel('Aktivitet, rad 1').first().inputValue()).toBe(
      'Identifiera individernas totala behov av rehabilitering',
    );

    await page.getByRole('button', { name: 'Koppla indikator till rad 1' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Indikator i utfallsrapporten', { exact: true })
      .selectOption({ label: 'Andel i förvärvsarbete' });
    await dialog.getByLabel('Målvärde (procent för andelar)').fill('20');
    await expectNoAxeViolations(page, 'indikatordialogen');
    await dialog.getByRole('button', { name: 'Koppla', exact: true }).click();
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await page.getByText('Utkastet är sparat.').waitFor();
    const tag = page.getByText(/^2019: \d+ % – (Uppfyllt|Ej uppfyllt)$/);
    await tag.waitFor();
    await page.getByText('2017: Uppgift saknas').first().waitFor();
    await expectNoAxeViolations(page, 'programlogiken (utkast)');

    await page.getByLabel('Beslutets referens').fill('Styrelsemöte 2020-02-14 § 4');
    await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
    await page.getByRole('heading', { name: '2019, version 1 (fastställd)' }).waitFor();
    await page.getByText(/Fastställd .* \(Styrelsemöte 2020-02-14 § 4\)/).waitFor();
    await page
      .getByRole('table', { name: 'Mål- och programlogik 2019' })
      .getByText(/^2019: \d+ % – (Uppfyllt|Ej uppfyllt)$/)
      .waitFor();
    await expectNoAxeViolations(page, 'programlogiken (fastställd)');

    await page.goto(`${base}/forbund/${associationId}/utvardering/effektivitet`);
    const form = page.getByRole('region', { name: 'Bedöm ett nytt år' });
    await form.getByLabel('År', { exact: true }).fill('2024');
    await form.getByRole('group', { name: 'Inre effektivitet – gör vi saker rätt?' }).getByLabel('Delvis').check();
    await form.getByRole('group', { name: 'Yttre effektivitet – gör vi rätt saker?' }).getByLabel('Nej').check();
    await form
      .getByLabel('Motivering av den inre effektiviteten')
      .fill('Insatserna fungerar, men resultaten implementeras inte.');
    await form.getByLabel('Motivering av den yttre effektiviteten').fill('Ägarna vill ha en annan inriktning.');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Typ: Snarast den självstyrande organisationen').waitFor();
    await page.getByRole('figure', { name: 'Rörelsen över åren i de fyra idealtyperna' }).locator('svg').waitFor();
    expect(await page.getByRole('table', { name: 'Bedömningarna år för år' }).textContent()).toContain(
      'Snarast den självstyrande organisationen',
    );
    await expectNoAxeViolations(page, 'effektiviteten');

    // Fastställd, it is a page to read: the judgements as words and the reasoning as text, no locked form.
    await page.getByLabel('Beslutets referens').fill('Styrelsemöte 2025-02-14 § 3');
    await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
    const selected = page.getByRole('region', { name: /^Bedömning 2024/ });
    await selected.getByRole('heading', { name: 'Inre effektivitet – gör vi saker rätt?: Delvis' }).waitFor();
    await selected.getByText('Ägarna vill ha en annan inriktning.').waitFor();
    expect(await selected.getByRole('textbox').count()).toBe(0);
    expect(await selected.getByRole('radio').count()).toBe(0);
  });
});
