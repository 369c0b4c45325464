import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { interventions } from '../apps/server/src/db/schema';
import { seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { expectNoAxeViolations, launchBrowser, newPage, openFromMenu, signIn } from './browser';

/**
 * Issue 17 §1 and §4: the förbund records an activity with people from three organisations and a
 * monthly arbetsgrupp as one series, then reads the activity report with its 40/60 check and
 * downloads the Excel file.
 */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
const adminEmail = 'chef@struktur.se';

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  const associationId = (await seedAssociation(ctx, 'Samordningsförbundet Struktur')).id;
  await seedUser(ctx, 'association_admin', associationId, adminEmail);
  await ctx.database.db
    .insert(interventions)
    .values({ associationId, name: 'Samordnare', kind: 'structural', startDate: '2024-01-01' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

const count = (page: Page, gender: string, organisation: string) =>
  page.getByLabel(new RegExp(`^${gender}, ${organisation}`));

describe('structural insatser', () => {
  it('records an activity and a recurring series, and reads the report with its 40/60 check and Excel', async () => {
    const page = await newPage(browser);
    await signIn(page, base, adminEmail);
    await openFromMenu(page, 'Insatser', 'Strukturinsatser');
    await page.getByRole('link', { name: 'Samordnare' }).click();
    await page.getByRole('heading', { name: 'Aktiviteter: Samordnare' }).waitFor();
    await page.getByText('Inga aktiviteter är registrerade ännu.').waitFor();

    // One training meeting: FK 3 women and 1 man, AF 1 + 1 + 1 "uppgift saknas", Gislaved 2 women.
    await page.getByLabel('Datum', { exact: true }).fill('2025-03-04');
    await page.getByLabel('Slag av aktivitet').selectOption({ label: 'Nätverksmöte' });
    await page.getByLabel('Ämne').fill('Nätverk om unga vuxna');
    await page.getByLabel('Längd i timmar').fill('2');
    await count(page, 'Kvinnor', 'Försäkringskassan').fill('3');
    await count(page, 'Män', 'Försäkringskassan').fill('1');
    await count(page, 'Kvinnor', 'Arbetsförmedlingen').fill('1');
    await count(page, 'Män', 'Arbetsförmedlingen').fill('1');
    await count(page, 'Uppgift saknas', 'Arbetsförmedlingen').fill('1');
    await count(page, 'Kvinnor', 'Gislaved').fill('2');
    await expectNoAxeViolations(page, 'aktiviteter');
    await page.getByRole('button', { name: 'Registrera aktivitet' }).click();
    await page.getByText('Aktiviteten är sparad.').waitFor();
    await page.getByRole('cell', { name: 'Nätverk om unga vuxna', exact: true }).waitFor();

    // The monthly arbetsgrupp, the second Tuesday January–June: six occurrences in one go.
    await page.getByRole('radio', { name: /Återkommande/ }).check();
    await page.getByLabel('Första tillfället').fill('2025-01-14');
    await page.getByLabel('Till och med').fill('2025-06-30');
    await page.getByLabel('Vilken vecka i månaden?').selectOption({ label: 'Andra' });
    await page.getByLabel('Slag av aktivitet').selectOption({ label: 'Samverkansmöte (t.ex. arbetsgrupp)' });
    await page.getByLabel('Ämne').fill('Arbetsgruppen');
    await page.getByLabel('Längd i timmar').fill('1,5');
    await count(page, 'Kvinnor', 'Försäkringskassan').fill('1');
    await count(page, 'Män', 'Försäkringskassan').fill('1');
    await count(page, 'Kvinnor', 'Arbetsförmedlingen').fill('1');
    await count(page, 'Män', 'Arbetsförmedlingen').fill('1');
    await page.getByRole('button', { name: 'Registrera aktivitet' }).click();
    await page.getByText('6 tillfällen är registrerade.').waitFor();
    // The list is refetched after the message: wait for the sixth row rather than counting at once.
    await page.getByRole('cell', { name: 'Arbetsgruppen', exact: true }).nth(5).waitFor();
    expect(await page.getByRole('cell', { name: 'Arbetsgruppen', exact: true }).count()).toBe(6);

    // The report for 2025: women 3+1+2+6·2 = 18, men 1+1+6·2 = 14, 1 "uppgift saknas" outside the share.
    await page.getByRole('link', { name: 'Tillbaka till strukturinsatserna' }).click();
    await page.getByLabel('Från år').selectOption('2025');
    await page.getByLabel('Till år').selectOption('2025');
    const perYear = page.getByRole('table', { name: 'Per år' });
    await perYear.getByRole('row', { name: /^2025/ }).waitFor();
    expect(await perYear.getByRole('row', { name: /^2025/ }).textContent()).toBe(
      '2025711335456 %Ja; 1 med uppgift saknas står utanför andelen',
    );
    await page.getByRole('figure', { name: 'Deltagare per organisation och kön, 2025' }).locator('svg').waitFor();
    await expectNoAxeViolations(page, 'aktivitetsrapport');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Excel' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await download).path());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Per år',
      'Per slag',
      'Per organisation',
      'Per organisation och år',
      'Styrgrupper',
    ]);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Per år')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // Activities and hours are exact; the file's counts of people are protected (decision 0058).
    expect(rows.find((r) => r[0] === '2025')!.slice(1, 3)).toEqual([7, 11]);
  });
});
