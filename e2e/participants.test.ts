import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { pdfText } from '../apps/server/test/pdf-text';
import { expectNoAxeViolations, launchBrowser, newPage, openFromMenu, signIn } from './browser';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let associationName: string;
let adminEmail: string;
let coachEmail: string;
const lastYear = new Date().getFullYear() - 1;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  const association = await seedAssociation(ctx, 'Samordningsförbundet Testbygden');
  associationName = association.name;
  adminEmail = (await seedUser(ctx, 'association_admin', association.id, 'chef@testbygden.se')).email;
  const coach = await seedUser(ctx, 'participant_officer', association.id, 'coach@testbygden.se');
  coachEmail = coach.email;
  const admin = await login(ctx, adminEmail);
  const intervention = await call(ctx, admin, 'POST', `/api/v1/associations/${association.id}/interventions`, {
    name: 'Jobbstudion',
    kind: 'individual',
    startDate: `${lastYear}-01-01`,
    goals: [{ description: 'Minst 30 % i förvärvsarbete', indicatorId: 'andel_forvarvsarbete', target: 0.3 }],
  });
  await call(
    ctx,
    admin,
    'POST',
    `/api/v1/associations/${association.id}/interventions/${intervention.json<{ id: string }>().id}/staff`,
    { userId: coach.id, role: 'participant_officer' },
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('the coach journey', () => {
  it('registers a participant and exits them', async () => {
    const page = await newPage(browser);
    await signIn(page, base, coachEmail);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Deltagare' }).click();
    await page.getByRole('link', { name: 'Skriv in deltagare' }).click();
    await page.getByLabel('Deltagar-id').fill('JS-0001');
    await page.getByLabel('Kön').selectOption('kvinna');
    await page.getByLabel('Födelseår').fill('1992');
    await page.getByLabel('Startdatum').fill(`${lastYear}-02-01`);
    await page.getByRole('group', { name: 'Försörjning före' }).getByLabel('Försörjningsstöd').check();
    await expectNoAxeViolations(page, 'skriv in deltagare');
    await page.getByRole('button', { name: 'Skriv in deltagare' }).click();
    await page.getByText('Deltagaren är inskriven.').waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Deltagare' })
        .getAttribute('aria-current'),
    ).toBe('page');

    // An exit before the start is refused with the field named, then corrected.
    await page.getByLabel('Slutdatum').fill(`${lastYear}-01-01`);
    await page.getByLabel('Avslutsorsak').selectOption('arbete');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('link', { name: 'Slutdatum kan inte vara före startdatum.' }).waitFor();
    await expectNoAxeViolations(page, 'avslut med fel');
    await page.getByLabel('Slutdatum').fill(`${lastYear}-09-30`);
    await page.getByLabel('Arbete, timmar per vecka vid avslut').fill('30');
    await page.getByRole('group', { name: 'Försörjning vid avslut' }).getByLabel('Lön (även subventionerad)').check();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Uppgifterna är sparade.').waitFor();
    await expectNoAxeViolations(page, 'deltagare, avslutad');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Deltagare' }).click();
    await page.getByRole('cell', { name: `${lastYear}-09-30 · Arbete` }).waitFor();
    await expectNoAxeViolations(page, 'deltagarlista');

    // The import page offers a coach no option to create insatser: the server would refuse it.
    await openFromMenu(page, 'Deltagare', 'Import');
    await page.getByRole('button', { name: 'Kontrollera filen' }).waitFor();
    expect(await page.getByLabel('Skapa insatser som inte finns').count()).toBe(0);
    await page.close();
  });
});

describe('the förbundschef journey', () => {
  it('imports a file with errors, then a correct one, and reads the report', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await openFromMenu(page, 'Deltagare', 'Import');
    await page.getByLabel('Skapa insatser som inte finns').waitFor();
    await expectNoAxeViolations(page, 'import');
    const header =
      'forbund;insats;deltagar_id;kon;fodelsear;startdatum;slutdatum;avslutsorsak;arbete_timmar_efter;forsorjning_fore;forsorjning_efter;samtycke';
    const rows = [
      `${associationName};Jobbstudion;JS-0002;M;1985;${lastYear}-03-01;${lastYear}-10-15;arbete;40;a_kassa;lon;ja`,
      `${associationName};Jobbstudion;JS-0003;K;1990;${lastYear}-03-01;${lastYear}-11-01;studier;0;forsorjningsstod;studiemedel;ja`,
    ];
    const bad = `${header}\n${rows[0]}\n${associationName};Jobbstudion;JS-0004;X;1990;${lastYear}-13-01;;;;;;ja\n`;
    await page
      .getByLabel('Fil')
      .setInputFiles({ name: 'deltagare.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByText('2 fel i filen. Ingenting har sparats.').waitFor();
    await page.getByRole('cell', { name: 'kon', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'import med fel');

    await page.getByLabel('Fil').setInputFiles({
      name: 'deltagare.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n${rows.join('\n')}\n`),
    });
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByText('2 rader: 2 nya, 0 ändrade och 0 oförändrade inskrivningar.').waitFor();
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByText('Importen är klar: 2 nya, 0 ändrade, 0 oförändrade.').waitFor();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapporter' }).click();
    await page.getByRole('columnheader', { name: associationName }).waitFor();
    // Three exits last year: the coach's and the two imported.
    const antal = page.getByRole('row', { name: /^Antal \d/ });
    expect(await antal.textContent()).toMatch(/^Antal321/);
    await expectNoAxeViolations(page, 'rapport');
    await page.getByLabel('Gruppera per').selectOption('intervention');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('columnheader', { name: /Jobbstudion/ }).waitFor();
    await page.getByRole('tab', { name: 'Jämställdhet' }).click();
    await page.getByRole('heading', { name: /Jobbstudion/ }).waitFor();
    await page
      .getByRole('figure', { name: 'Andel i förvärvsarbete efter avslut, kvinnor och män' })
      .locator('svg')
      .waitFor();
    await expectNoAxeViolations(page, 'rapport, jämställdhet');

    // Before and after: the coach's participant and JS-0003 had försörjningsstöd before start.
    await page.getByRole('tab', { name: 'Före och efter' }).click();
    const supportTable = page.getByRole('table', { name: 'Försörjning före start och vid avslut' });
    expect(await supportTable.getByRole('row', { name: /^Försörjningsstöd/ }).textContent()).toBe(
      'Försörjningsstöd2 (67 %)2 (100 %)0 (0 %)0 (0 %)0 (0 %)0 (0 %)',
    );
    await page
      .getByRole('figure', { name: /Försörjning före start och vid avslut, andel/ })
      .locator('svg')
      .waitFor();
    await page.getByLabel('Försörjning före start', { exact: true }).selectOption('forsorjningsstod');
    const transitions = page.getByRole('table', { name: /för dem som hade Försörjningsstöd före start/ });
    expect(await transitions.getByRole('row', { name: /^Lön/ }).textContent()).toMatch(/1 \(50 %\)1 \(50 %\)0 \(–\)$/);
    await expectNoAxeViolations(page, 'rapport, före och efter');
    const csv = await page.evaluate(
      async (url) => (await fetch(url)).text(),
      `/api/v1/reports/outcome?from=${lastYear}-01-01&to=${lastYear}-12-31&groupBy=intervention&format=csv`,
    );
    expect(csv).toContain('Andel i förvärvsarbete');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Ladda ner Excel/ }).click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Per insats', 'Per förbund', 'Per län', 'Riket']);
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: /Ladda ner PDF/ }).click();
    const pdf = await pdfText(await readFile(await (await pdfDownload).path()));
    const text = pdf.pages.join(' ');
    expect(pdf.title).toBe('Utfallsrapport');
    expect(text).toContain('Jobbstudion');
    expect(text).toContain('Antal 3 2 1');
    expect(text).toMatch(/Försörjningsstöd 2 \(67 %\) 2 \(100 %\) 0 \(0 %\)/);

    // The protected version for the board: three exits are a small count, hidden, with the reason beside it.
    await page.getByRole('tab', { name: 'Tabell' }).click();
    await page.getByLabel('Skyddad version för publicering').check();
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.getByText(/Röjandeskydd: antal 1–4 visas som "<5"/).waitFor();
    expect(
      await page
        .getByRole('row', { name: /^Antal/ })
        .first()
        .textContent(),
    ).toMatch(/^Antal<5/);
    await expectNoAxeViolations(page, 'rapport, skyddad version');

    // Goal fulfilment: 2 of 3 in work last year against a target of at least 30 %.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Insatser', exact: true })
      .click();
    await page.getByRole('link', { name: 'Jobbstudion' }).click();
    await page.getByRole('tab', { name: 'Måluppfyllelse' }).click();
    const row = page.getByRole('row', { name: /Minst 30 % i förvärvsarbete/ });
    await row.getByText('67 %').waitFor();
    await row.getByText('Uppfyllt').waitFor();
    await expectNoAxeViolations(page, 'måluppfyllelse');
    await page.close();
  });
});
