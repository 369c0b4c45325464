import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { pdfText } from '../apps/server/test/pdf-text';
import { insertRecords } from '../apps/server/test/report-fixtures';
import { finnveden2019 } from '../packages/core/src/outcome/finnveden-2019.fixture';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

/** Issue 13 §1, §3, §9: an insats's niofält from a rating and an action to next year's and a comparison. */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let associationId: string;
let insatsId: string;
const thisYear = new Date().getFullYear();
const lastYear = thisYear - 1;
const QUESTION = 'Finns ett gemensamt mål för deltagaren?';

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  associationId = (await seedAssociation(ctx, 'Samordningsförbundet Självbygden')).id;
  await seedUser(ctx, 'association_admin', associationId, 'chef@sjalvbygden.se');
  await seedUser(ctx, 'reader', associationId, 'lasare@sjalvbygden.se');
  const admin = await login(ctx, 'chef@sjalvbygden.se');
  const insats = await call(ctx, admin, 'POST', `/api/v1/associations/${associationId}/interventions`, {
    name: 'Steg framåt',
    kind: 'individual',
    startDate: `${lastYear - 1}-01-01`,
  });
  // Last year's exits, for the outcome report attached as evidence.
  const shift = (date: string) => `${Number(date.slice(0, 4)) + lastYear - 2019}${date.slice(4)}`;
  const records = finnveden2019.map((r) => ({ ...r, startDate: shift(r.startDate), exitDate: shift(r.exitDate) }));
  insatsId = insats.json<{ id: string }>().id;
  await insertRecords(ctx, associationId, insatsId, records);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

async function startNiofalt(page: Page, year: number) {
  await page.getByLabel('År för nya bedömningar och översikten').selectOption(String(year));
  await page.getByRole('heading', { name: `Niofält per insats ${year}` }).waitFor();
  await page.getByRole('button', { name: 'Påbörja niofält Steg framåt' }).click();
  await page.getByRole('heading', { name: `Niofält ${year}: Steg framåt` }).waitFor();
}

async function download(page: Page, link: string) {
  const event = page.waitForEvent('download');
  await page.getByRole('link', { name: link }).click();
  return readFile(await (await event).path());
}

describe('self-assessment of an insats', () => {
  it('fills in a niofält, fastställer it, carries its action into next year, compares and exports', async () => {
    const page = await newPage(browser);
    await signIn(page, base, 'chef@sjalvbygden.se');
    await page.goto(`${base}/forbund/${associationId}/utvardering`);
    await page.getByRole('link', { name: 'Självvärdering' }).click();
    await page.getByRole('heading', { name: 'Självvärdering', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Mallar' }).waitFor();
    await expectNoAxeViolations(page, 'självvärderingarna');
    // The page is Swedish to the browser (native date fields), and an insats without niofält has nothing to compare.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await page.getByRole('link', { name: 'Jämför år Steg framåt' }).count()).toBe(0);
    await startNiofalt(page, lastYear);
    expect(await page.getByText('Utkast', { exact: true }).getAttribute('data-color')).toBe('warning');
    await expectNoAxeViolations(page, 'självvärderingens rutnät');

    await page.getByRole('link', { name: 'Fält 1', exact: true }).click();
    const question = page.getByRole('region', { name: QUESTION });
    await question.getByLabel('Bedömning').fill('Målen sätts av Arbetsförmedlingen. <b>Inte</b> gemensamt.');
    await question.getByRole('radio', { name: '2 – dåligt' }).check();
    await question.getByRole('button', { name: /Lägg till åtgärd/ }).click();
    await question.getByLabel('Vad ska göras').fill('Ta fram gemensamma mål i beredningsgruppen');
    await question.getByLabel('Vem ansvarar').fill('Förbundschefen');
    // Evidence: last year's outcome report, previewed and attached with one click.
    await page.getByLabel('Källa').selectOption('outcome');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('table', { name: new RegExp(`Utfall ${lastYear}`) }).waitFor();
    await page.getByRole('button', { name: 'Bifoga', exact: true }).click();
    await page.getByText('Underlaget är bifogat.').waitFor();
    await page.getByText('Levande siffror').waitFor();
    await expectNoAxeViolations(page, 'fältet');
    // Leaving with unsaved text asks first; declining keeps the field and its text.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Nästa: fält 2' }).click();
    expect(asked).toEqual(['Fältet har ändringar som inte är sparade. Vill du lämna det utan att spara?']);
    expect(await question.getByLabel('Bedömning').inputValue()).toContain('Målen sätts av Arbetsförmedlingen.');
    await page.getByRole('button', { name: 'Spara fältet' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();

    await page.getByRole('link', { name: /Tillbaka till Niofält/ }).click();
    await page.getByRole('button', { name: 'Fastställ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Beslut').fill(`Styrelsemöte ${lastYear}-04-16 § 5`);
    // Empty fields are named before fastställande, which the user confirms rather than is refused.
    await dialog.getByText('8 av 9 fält är tomma (ingen text och inget betyg): 2, 3, 4, 5, 6, 7, 8, 9.').waitFor();
    await expectNoAxeViolations(page, 'fastställ-dialogen');
    await dialog.getByRole('button', { name: 'Fastställ ändå' }).click();
    await page.getByText(`beslut: Styrelsemöte ${lastYear}-04-16 § 5`, { exact: false }).waitFor();

    // The .docx grid read back: the field's question with its rating; HTML typed by the user stays text.
    const { value: html } = await mammoth.convertToHtml({ buffer: await download(page, 'Ladda ned som Word (.docx)') });
    const cells = [...html.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1]!.replace(/<\/?p>/g, '|'));
    expect(cells).toContain(`|1||${QUESTION} (2)||Finns de insatser som behövs? (–)||Är målgruppen relevant? (–)|`);
    expect(html).toContain('Målen sätts av Arbetsförmedlingen. &lt;b&gt;Inte&lt;/b&gt; gemensamt.');
    // The evidence, frozen at fastställande, as a table after the field.
    expect(html).toContain(`Utfall ${lastYear} – avslutade deltagare`);
    expect(html).toContain('Siffrorna frystes');
    const pdf = await pdfText(await download(page, 'Ladda ned som PDF'));
    const text = pdf.pages.join('').replace(/\s+/g, '');
    for (const expected of [`Självvärdering ${lastYear}: Niofältsmodellen`, 'Ta fram gemensamma mål', '2 – dåligt'])
      expect(text).toContain(expected.replace(/\s+/g, ''));

    // A fastställd field is read as text: the rating in words, the action as a list item.
    await page.getByRole('link', { name: 'Fält 1', exact: true }).click();
    const read = page.getByRole('region', { name: QUESTION });
    await read.getByText('Målen sätts av Arbetsförmedlingen. <b>Inte</b> gemensamt.').waitFor();
    await read.getByText('Betyg: 2 – dåligt').waitFor();
    await read.getByRole('listitem').filter({ hasText: 'Ta fram gemensamma mål i beredningsgruppen' }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByRole('link', { name: /Tillbaka till Niofält/ }).click();

    // One year has nothing to compare: the page says so instead of drawing empty fields.
    await page.getByRole('link', { name: 'Jämför år' }).click();
    await page.getByText('Det behövs minst två år för att jämföra.').waitFor();
    expect(await page.getByRole('region', { name: /^Fält 1:/ }).count()).toBe(0);

    // From the insats page: its theory of change (none yet: the list for the insats, ready to start one) …
    await page.goto(`${base}/forbund/${associationId}/insatser/${insatsId}`);
    await page.getByRole('link', { name: 'Förändringsteori' }).click();
    await page.getByText('Visar förändringsteorierna för insatsen du kom från.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Steg framåt' }).isChecked()).toBe(true);
    // … and this year's niofält, started there; it opens with the open action carried over.
    await page.goto(`${base}/forbund/${associationId}/insatser/${insatsId}`);
    await page.getByRole('button', { name: `Påbörja niofält ${thisYear}` }).click();
    await page.getByRole('heading', { name: `Niofält ${thisYear}: Steg framåt` }).waitFor();
    await page.getByText(`1 åtgärd överförd från ${lastYear}.`).waitFor();
    await page.getByRole('link', { name: 'Fält 1', exact: true }).click();
    const next = page.getByRole('region', { name: QUESTION });
    await next.getByText(`överförd, skriven ${lastYear}`).waitFor();
    // Last year's answer to the question, folded away until opened.
    await next.getByText(`Förra året (${lastYear}): Betyg: 2 – dåligt`).click();
    await next.getByText('Målen sätts av Arbetsförmedlingen. <b>Inte</b> gemensamt.').waitFor();
    expect(await next.getByLabel('Vad ska göras').inputValue()).toBe('Ta fram gemensamma mål i beredningsgruppen');
    await next.getByLabel('Bedömning').fill('Målen sätts gemensamt i beredningsgruppen.');
    await next.getByRole('radio', { name: '4 – bra' }).check();
    await next.getByLabel('Status').selectOption('ongoing');
    await page.getByRole('button', { name: 'Spara fältet' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();

    await page.getByRole('link', { name: /Tillbaka till Niofält/ }).click();
    await page.getByRole('link', { name: 'Jämför år' }).click();
    await page.getByRole('heading', { name: 'Niofält år för år: Steg framåt' }).waitFor();
    const field = page.getByRole('region', { name: 'Fält 1: Deltagare – Struktur och förutsättningar' });
    const ratings = field.getByRole('table', { name: /Betyg per fråga och år/ });
    await expect
      .poll(async () => ratings.getByRole('row', { name: QUESTION }).getByRole('cell').allTextContents())
      .toEqual(['2', '4']);
    await field.locator('del', { hasText: 'av Arbetsförmedlingen. <b>Inte</b>' }).waitFor();
    await field.locator('ins', { hasText: 'i beredningsgruppen' }).first().waitFor();
    await field.getByRole('cell', { name: 'Pågår' }).waitFor();
    await field.locator('figure.chart svg').waitFor();
    await expectNoAxeViolations(page, 'jämförelsen');

    // The insats page now opens this year's niofält.
    await page.goto(`${base}/forbund/${associationId}/insatser/${insatsId}`);
    await page.getByRole('link', { name: `Niofält ${thisYear}` }).click();
    await page.getByRole('heading', { name: `Niofält ${thisYear}: Steg framåt` }).waitFor();

    // A reader sees no draft and starts nothing: this year's niofält is "Ingen fastställd", the year is the overview's.
    const reader = await newPage(browser);
    await signIn(reader, base, 'lasare@sjalvbygden.se');
    await reader.goto(`${base}/forbund/${associationId}/utvardering/sjalvvardering`);
    await reader.getByLabel('År för översikten').selectOption(String(thisYear));
    const row = reader.getByRole('row', { name: /Steg framåt/ });
    await row.getByText('Ingen fastställd').waitFor();
    expect(await reader.getByRole('button', { name: /Påbörja/ }).count()).toBe(0);
    await row.getByRole('link', { name: 'Jämför år Steg framåt' }).waitFor();
  });
});
