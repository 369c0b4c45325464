import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

/** Issue 14 §1–3: a survey from the Bilaga 6 template, its link, and an anonymous answer on a phone. */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let associationId: string;
const nextYear = `${new Date().getFullYear() + 1}-12-31`;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  associationId = (await seedAssociation(ctx, 'Samordningsförbundet Enkätbygden')).id;
  await seedUser(ctx, 'association_admin', associationId, 'chef@enkatbygden.se');
  const admin = await login(ctx, 'chef@enkatbygden.se');
  await call(ctx, admin, 'POST', `/api/v1/associations/${associationId}/interventions`, {
    name: 'Steg framåt',
    kind: 'individual',
    startDate: '2024-01-01',
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('The element was never reached with Tab');
}
const inGroup = (legend: string) =>
  new Function(
    'el',
    `return !!el && !!el.closest('fieldset') && el.closest('fieldset').querySelector('legend')?.textContent === ${JSON.stringify(legend)};`,
  ) as (el: Element) => boolean;

describe('surveys', () => {
  it('creates a survey from Bilaga 6, distributes it, and a participant answers anonymously on a phone', async () => {
    const page = await newPage(browser);
    await signIn(page, base, 'chef@enkatbygden.se');
    await page.getByRole('link', { name: 'Enkäter' }).first().click();
    await page.getByRole('heading', { name: 'Enkäter', level: 1 }).waitFor();
    await page.getByLabel('Namn').fill('Deltagarenkät Steg framåt');
    await page.getByLabel('Mall').selectOption({ label: 'Inbyggd: Enkät till deltagare i projekt' });
    await page.getByLabel('Steg framåt').check();
    await page.getByRole('button', { name: 'Skapa enkäten' }).click();
    await page.getByRole('heading', { name: 'Deltagarenkät Steg framåt', level: 1 }).waitFor();

    // One distribution to the participants of the insats, with its own anonymous link.
    await page.getByLabel('Sista svarsdag').fill(nextYear);
    await page.getByLabel('Antal tillfrågade (valfritt)').fill('20');
    await page.getByRole('button', { name: 'Skapa utskicket' }).click();
    await page.getByRole('heading', { name: 'Deltagare: Steg framåt' }).waitFor();
    const link = page.getByRole('link', { name: /\/enkat\// });
    const address = new URL((await link.textContent()) ?? '');
    await page.getByRole('img', { name: 'QR-kod till enkäten för Steg framåt' }).waitFor();
    await expectNoAxeViolations(page, 'enkätsidan');

    // A fresh browser context at a phone's size: no session, no cookie, only the link.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'sv-SE', hasTouch: true });
    const respondent = await phone.newPage();
    await respondent.goto(`${base}${address.pathname}`);
    await respondent.getByRole('heading', { name: 'Enkät till deltagare i projekt', level: 1 }).waitFor();
    await respondent.getByText('10 frågor kvar').first().waitFor();
    await expectNoAxeViolations(respondent, 'svarssidan');

    // Keyboard only: a number, a radio in a matrix statement (arrows), a scale, a comment, then send.
    await tabTo(respondent, (el) => el.matches('input[inputmode="numeric"]'));
    await respondent.keyboard.type('7');
    await tabTo(respondent, inGroup('Det är meningsfullt att delta'));
    for (let i = 0; i < 3; i += 1) await respondent.keyboard.press('ArrowDown');
    expect(
      await respondent
        .getByRole('group', { name: 'Det är meningsfullt att delta' })
        .getByRole('radio', { name: 'i ganska hög grad' })
        .isChecked(),
    ).toBe(true);
    await tabTo(respondent, inGroup('Har samverkan mellan myndigheterna varit bra för dig?'));
    await respondent.keyboard.press('Space');
    await tabTo(respondent, inGroup('Kommentar'));
    await respondent.keyboard.type('Bra stöd från alla.');
    await respondent.getByText('7 frågor kvar').first().waitFor();
    // Progress stays in this browser only, under the link's token, until the answers are sent.
    const token = address.pathname.split('/').pop()!;
    expect(await respondent.evaluate((key) => localStorage.getItem(key), `insikt.survey.${token}`)).toContain(
      'meningsfullt',
    );
    await tabTo(respondent, (el) => el.textContent === 'Skicka svaren');
    await respondent.keyboard.press('Enter');
    await respondent.getByRole('heading', { name: 'Tack för dina svar!', level: 1 }).waitFor();
    expect(await respondent.evaluate((key) => localStorage.getItem(key), `insikt.survey.${token}`)).toBeNull();
    expect(await phone.cookies()).toEqual([]);
    await phone.close();

    // Back on the staff page the answer is counted, protected like every survey figure.
    await page.reload();
    await page.getByText('färre svar än att antalet kan visas').first().waitFor();
  });
});
