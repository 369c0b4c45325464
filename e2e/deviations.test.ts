import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { deviationContacts, deviations, deviationSettings } from '../apps/server/src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { pdfText } from '../apps/server/test/pdf-text';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

/**
 * Issue 15: a member of staff without an account reports through the link; the förbund handles the
 * case to published; staff read it on the publication page; the board reads the statistics and PDF.
 */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let associationId: string;
let token: string;
const adminEmail = 'chef@avvikelse.se';
const readerEmail = 'styrelse@avvikelse.se';

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  associationId = (await seedAssociation(ctx, 'Samordningsförbundet Avvikelse')).id;
  await seedUser(ctx, 'association_admin', associationId, adminEmail);
  await seedUser(ctx, 'reader', associationId, readerEmail);
  const admin = await login(ctx, adminEmail);
  await call(ctx, admin, 'POST', `/api/v1/associations/${associationId}/interventions`, {
    name: 'Bron till arbete',
    kind: 'individual',
    startDate: '2024-01-01',
  });
  const settings = (await call(ctx, admin, 'GET', `/api/v1/associations/${associationId}/deviation-settings`)).json<{
    version: number;
    reportToken: string;
  }>();
  await call(ctx, admin, 'PUT', `/api/v1/associations/${associationId}/deviation-settings`, {
    reportLinkEnabled: true,
    publicationPublic: false,
    version: settings.version,
  });
  token = settings.reportToken;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('deviations', () => {
  it('takes a report through the link without login, warning on personal data before it is sent', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/avvikelse/${token}`);
    await page.getByRole('heading', { name: 'Rapportera en avvikelse' }).waitFor();
    await page.getByText(/Skriv inga personuppgifter/).waitFor();
    await page.getByLabel('Insats', { exact: true }).selectOption({ label: 'Bron till arbete' });
    await page.getByRole('checkbox', { name: 'Försäkringskassan' }).check();
    await page.getByRole('radio', { name: 'Frånvaro från eller brott mot överenskommelsen' }).check();
    await page.getByLabel('Vad hände?').fill('Handläggaren kom inte till trepartsmötet. Ring mig på 070-123 45 67.');
    await page.getByLabel('Ditt förslag').fill('Påminn om överenskommelsen.');
    await page.getByLabel('Namn').fill('Kim Rapportör');
    await page.getByLabel('E-post', { exact: true }).fill('kim@example.se');
    await expectNoAxeViolations(page, 'rapportlänken');
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    await page.getByText('Texten kan innehålla personuppgifter').waitFor();
    await page.locator('q', { hasText: '070-123 45 67' }).waitFor();
    await page.getByRole('button', { name: 'Skicka ändå' }).click();
    await page.getByText('Tack! Rapporten är mottagen som ärende 1.').waitFor();
    await page.getByText('Du får ett e-postmeddelande till kim@example.se när ärendet är besvarat.').waitFor();
    expect(await page.context().cookies()).toEqual([]);
    const [row] = await ctx.database.db.select().from(deviations).where(eq(deviations.associationId, associationId));
    expect(row).toMatchObject({ channel: 'link', status: 'received', confirmedWarnings: ['phone'] });
    const [contact] = await ctx.database.db.select().from(deviationContacts);
    expect(contact!.name).toBe('Kim Rapportör');
  });

  it('handles the case to published and shows it on the publication page', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await page.goto(`${base}/forbund/${associationId}/avvikelser`);
    await page.getByRole('heading', { name: 'Avvikelser', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Ärende 1' }).click();
    await page.getByRole('heading', { name: /Ärende 1: Frånvaro/ }).waitFor();
    await page.getByRole('button', { name: 'Visa kontaktuppgifterna' }).click();
    await page.getByText('Kim Rapportör').waitFor();
    await expectNoAxeViolations(page, 'avvikelseärende');
    const takeStep = async (label: string) => {
      await page.getByLabel('Nästa steg').selectOption({ label });
      await page.getByRole('button', { name: 'Genomför steget' }).click();
    };
    await takeStep('Under utredning');
    await page.getByText(/ärendet blev Under utredning/).waitFor();
    await takeStep('Åtgärdad lokalt');
    await page.getByText(/ärendet blev Åtgärdad lokalt/).waitFor();
    await page.getByLabel('Svar', { exact: true }).fill('Försäkringskassan skickar ersättare till trepartsmöten.');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByLabel('Nästa steg').locator('option', { hasText: 'Besvarad' }).waitFor({ state: 'attached' });
    await takeStep('Besvarad');
    await page.getByText(/ärendet blev Besvarad/).waitFor();
    await takeStep('Publicerad');
    await page.getByText(/ärendet blev Publicerad/).waitFor();

    await page.goto(`${base}/forbund/${associationId}/avvikelser/publicerade`);
    await page.getByRole('heading', { name: 'Publicerade avvikelser och svar' }).waitFor();
    await page.getByText('Försäkringskassan skickar ersättare till trepartsmöten.').waitFor();
    await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Regelverk som låser' });
    await page.getByText('0 publicerade ärenden').waitFor();
    await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Alla typer' });
    await page.getByText('1 publicerat ärende').waitFor();
    expect(await page.getByText('Kim Rapportör').count()).toBe(0);
    await expectNoAxeViolations(page, 'publicerade avvikelser');
    // A feed reader's link lands on this page.
    const feed = await page.request.get(
      `${base}/api/v1/associations/${associationId}/published-deviations?format=atom`,
    );
    expect(await feed.text()).toContain(`href="${base}/forbund/${associationId}/avvikelser/publicerade"`);

    // Without login the publication stays closed until the förbund opens it.
    const anonymous = await newPage(browser);
    await anonymous.goto(`${base}/avvikelser/${associationId}`);
    await anonymous.getByText(/har inte gjort sina publicerade avvikelser öppna/).waitFor();
    await ctx.database.db
      .update(deviationSettings)
      .set({ publicationPublic: true })
      .where(eq(deviationSettings.associationId, associationId));
    await anonymous.reload();
    await anonymous.getByText('Försäkringskassan skickar ersättare till trepartsmöten.').waitFor();

    // The case counts for an insats goal measured by deviations (decision 0050): "högst 0" is not met.
    await page.getByRole('link', { name: 'Insatser', exact: true }).first().click();
    await page.getByRole('link', { name: 'Bron till arbete' }).click();
    await page.getByRole('heading', { name: 'Bron till arbete', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    const goal = (label: string) => page.getByLabel(label, { exact: true }).last();
    await goal('Mål').fill('Inga avvikelser från överenskommelsen');
    await goal('Mäts med').selectOption({ label: 'Avvikelser från överenskommelsen (antal per år)' });
    expect(
      await page.getByRole('checkbox', { name: 'Frånvaro från eller brott mot överenskommelsen' }).isChecked(),
    ).toBe(true);
    expect(await goal('Jämförelse').inputValue()).toBe('at_most');
    await goal('Målvärde (ärenden per år)').fill('0');
    await expectNoAxeViolations(page, 'insatsens mål mätt med avvikelser');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await page.getByRole('tab', { name: 'Måluppfyllelse' }).click();
    const row = page.getByRole('row', { name: /^Inga avvikelser från överenskommelsen/ });
    const year = new Date().getFullYear();
    const cell = row.getByRole('cell').last();
    await cell.getByText(`ärenden mottagna ${year}, varav 0 öppna`).waitFor();
    expect(await cell.getByText('Ej uppfyllt').count()).toBe(1);
    expect((await cell.textContent())!.startsWith('1')).toBe(true);
  });

  it('shows the board the statistics and gives the PDF', async () => {
    const page = await newPage(browser);
    await signIn(page, base, readerEmail);
    await page.goto(`${base}/forbund/${associationId}/avvikelser/statistik`);
    await page.getByRole('heading', { name: 'Statistik över avvikelser' }).waitFor();
    await page.getByText('100 % (1 av 1 åtgärdade lokalt eller lyfta till parterna)').waitFor();
    await page.getByText(/Talen gäller det ärende som kom in/).waitFor();
    await page.getByRole('figure').locator('svg').first().waitFor();
    await expectNoAxeViolations(page, 'statistik över avvikelser');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner PDF för styrelsen' }).click();
    const pdf = await pdfText(await readFile(await (await download).path()));
    expect(pdf.title).toBe('Avvikelser: statistik för styrelsen');
    expect(pdf.pages.join(' ')).toContain('Bron till arbete');
  });
});
