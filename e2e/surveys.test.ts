import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  formatCountOfN,
  formatOutcomeValue,
  type ChoiceResult,
  type SurveyResults,
} from '@insikt/core';
import { surveyDistributions, surveyResponses } from '../apps/server/src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { pdfText } from '../apps/server/test/pdf-text';
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
    await page.getByRole('heading', { name: /^Deltagare: Steg framåt \d{4}/ }).waitFor();
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

  it('shows the answers in the results, compares two years, and exports Excel and PDF with the same figures', async () => {
    // A survey of its own, so this journey does not depend on the one above.
    const admin = await login(ctx, 'chef@enkatbygden.se');
    const surveysUrl = `/api/v1/associations/${associationId}/surveys`;
    const [insats] = (await call(ctx, admin, 'GET', `/api/v1/associations/${associationId}/interventions`)).json<
      { id: string }[]
    >();
    const survey = (
      await call(ctx, admin, 'POST', surveysUrl, {
        name: 'Resultatenkät Steg framåt',
        interventionIds: [insats!.id],
        fromBuiltIn: 'participants-b6',
      })
    ).json<{ id: string; interventionIds: string[] }>();
    const thisYear = new Date().getFullYear();
    const made = await call(ctx, admin, 'POST', `${surveysUrl}/${survey.id}/distributions`, {
      respondentGroup: 'participants',
      interventionIds: [insats!.id],
      opensOn: `${thisYear}-01-01`,
      closesOn: `${thisYear}-12-31`,
      invitedCount: 20,
    });
    expect(made.statusCode, made.body).toBe(201);
    const current = made.json<{ id: string }>();
    const [link] = (await call(ctx, admin, 'GET', `${surveysUrl}/${survey.id}/distributions/${current.id}/links`)).json<
      { token: string }[]
    >();
    // A participant's answer through the anonymous link.
    const answered = await call(ctx, null, 'POST', `/api/v1/public/surveys/${link!.token}/responses`, {
      answers: { meningsfullt: { option: 'ganska-hog' } },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const answers = (option: string) => ({ meningsfullt: { option }, 'ga-vidare-arbete': { option: 'ganska-hog' } });
    const store = (distributionId: string, day: string, options: string[]) =>
      ctx.database.db.insert(surveyResponses).values(
        options.map((option, i) => ({
          associationId,
          distributionId,
          interventionId: survey.interventionIds[0]!,
          mode: 'paper' as const,
          language: 'sv' as const,
          answeredOn: day,
          recordKey: (i * 89 + 7) % 256,
          answers: answers(option),
        })),
      );
    // More paper answers this year, and last year's round with answers of its own.
    await store(current.id, `${thisYear}-01-15`, [
      ...Array<string>(5).fill('mycket-hog'),
      ...Array<string>(3).fill('ganska-hog'),
    ]);
    const [earlier] = await ctx.database.db
      .insert(surveyDistributions)
      .values({
        associationId,
        surveyId: survey.id,
        respondentGroup: 'participants',
        interventionIds: survey.interventionIds,
        opensOn: `${thisYear - 1}-03-01`,
        closesOn: `${thisYear - 1}-03-31`,
        invitedCount: 12,
      })
      .returning();
    await store(earlier!.id, `${thisYear - 1}-03-10`, [
      ...Array<string>(4).fill('varken'),
      ...Array<string>(5).fill('ganska-hog'),
    ]);
    const resultsUrl = `${surveysUrl}/${survey.id}/results`;
    const json = (await call(ctx, admin, 'GET', `${resultsUrl}?split=year`)).json<{
      total: SurveyResults;
      columns: { key: string; results: SurveyResults }[];
    }>();
    const T = DEFAULT_SUPPRESSION_THRESHOLD;
    const positive = (r: SurveyResults) => {
      const q = r.questions.find((x) => x.id === 'meningsfullt') as ChoiceResult;
      return formatCountOfN(q.positive!.count, q.n, T);
    };

    const page = await newPage(browser);
    await signIn(page, base, 'chef@enkatbygden.se');
    // As a user gets there: the menu, the survey in the list, then "Resultat och export" on its page.
    await page.getByRole('link', { name: 'Enkäter' }).first().click();
    await page.getByRole('link', { name: 'Resultatenkät Steg framåt' }).click();
    await page.getByRole('heading', { name: 'Resultatenkät Steg framåt', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Resultat och export' }).click();
    await page.getByRole('heading', { name: 'Resultat: Resultatenkät Steg framåt', level: 1 }).waitFor();
    // The phone's "i ganska hög grad" is among this year's answers: the statement's row shows the protected figures.
    const row = page.getByRole('row', { name: /^Det är meningsfullt att delta/ }).first();
    await row.getByText(positive(json.total), { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'enkätresultat');

    await page.getByLabel('Dela upp på').selectOption({ label: 'År (jämför åren)' });
    await page.getByRole('heading', { name: 'Jämförelse: andel positiva svar' }).waitFor();
    const comparison = page.getByRole('table').first();
    await comparison.getByRole('columnheader', { name: String(thisYear - 1) }).waitFor();
    const compared = comparison.getByRole('row', {
      name: /^Vad tycker du om det projekt du deltar i\?: Det är meningsfullt/,
    });
    for (const column of json.columns) await compared.getByText(positive(column.results), { exact: true }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner Excel' }).click();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await (await download).path());
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Totalt',
      String(thisYear - 1),
      String(thisYear),
      'Svar (anonyma)',
    ]);
    const sheet = book.getWorksheet(String(thisYear - 1))!;
    const labels = sheet.getColumn(1).values as unknown[];
    const at = labels.findIndex(
      (v) => v === 'Vad tycker du om det projekt du deltar i?: Det är meningsfullt att delta',
    );
    const lastYear = json.columns[0]!.results.questions.find((q) => q.id === 'meningsfullt') as ChoiceResult;
    expect(sheet.getRow(at).getCell(2).value).toBe(lastYear.n);

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner PDF för styrelsen' }).click();
    const pdf = (await pdfText(await readFile(await (await pdfDownload).path()))).pages.join(' ');
    for (const column of json.columns) expect(pdf).toContain(positive(column.results));
    expect(pdf).toContain('Röjandeskydd: svaren är anonyma');
  });

  it('measures an insats goal by a survey question, picked on the insats page', async () => {
    const page = await newPage(browser);
    await signIn(page, base, 'chef@enkatbygden.se');
    await page.getByRole('link', { name: 'Insatser', exact: true }).first().click();
    await page.getByRole('link', { name: 'Steg framåt' }).click();
    await page.getByRole('heading', { name: 'Steg framåt', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    const goal = (label: string) => page.getByLabel(label, { exact: true }).last();
    await goal('Mål').fill('Deltagarna upplever insatsen som meningsfull');
    await goal('Mäts med').selectOption({ label: 'Enkät (andel positiva svar)' });
    await goal('Enkät').selectOption({ label: 'Resultatenkät Steg framåt' });
    await goal('Fråga, påstående eller sammansatt indikator').selectOption({
      label: 'Vad tycker du om det projekt du deltar i?: Det är meningsfullt att delta',
    });
    await goal('Målvärde (%)').fill('60');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();

    await page.getByRole('tab', { name: 'Måluppfyllelse' }).click();
    const row = page.getByRole('row', { name: /^Deltagarna upplever insatsen som meningsfull/ });
    await row
      .getByText('Enkät: Resultatenkät Steg framåt: Det är meningsfullt att delta, andel positiva svar')
      .waitFor();
    // Each year's cell as the server measured it: the protected share, or why there is none.
    const admin = await login(ctx, 'chef@enkatbygden.se');
    const insatser = `/api/v1/associations/${associationId}/interventions`;
    const [insats] = (await call(ctx, admin, 'GET', insatser)).json<{ id: string }[]>();
    const { goals } = (await call(ctx, admin, 'GET', `${insatser}/${insats!.id}/goals`)).json<{
      goals: { results: { year: number; actual: number | null; survey: { distributions: unknown[] } | null }[] }[];
    }>();
    const results = goals.at(-1)!.results;
    expect(results.some((r) => r.survey!.distributions.length > 0)).toBe(true);
    for (const r of results)
      await row
        .getByRole('cell')
        .nth(1 + results.indexOf(r))
        .getByText(r.survey!.distributions.length === 0 ? 'ingen enkät' : formatOutcomeValue('fordelning', r.actual))
        .first()
        .waitFor();
    await expectNoAxeViolations(page, 'måluppfyllelse med enkätmål');
  });
});
