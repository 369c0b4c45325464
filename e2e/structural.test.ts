import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { interventions, participations } from '../apps/server/src/db/schema';
import { seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { expectNoAxeViolations, launchBrowser, newPage, openFromMenu, signIn } from './browser';

/**
 * Issue 17 §1 and §4: the förbund records an activity with people from three organisations and a
 * monthly arbetsgrupp as one series, then reads the activity report with its 40/60 check and
 * downloads the Excel file; issue 17 §2: records an aktualisering linked to a participation and sees
 * the count and the share.
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
  const [, individual] = await ctx.database.db
    .insert(interventions)
    .values([
      { associationId, name: 'Samordnare', kind: 'structural', startDate: '2024-01-01' },
      { associationId, name: 'Jobbstudion', kind: 'individual', startDate: '2024-01-01' },
    ])
    .returning();
  // The participation the aktualisering led to: ended in work without public support.
  await ctx.database.db.insert(participations).values({
    associationId,
    interventionId: individual!.id,
    personReference: 'AB-12',
    consent: false,
    gender: 'kvinna',
    birthYear: 1990,
    startDate: '2025-05-01',
    exitDate: '2025-11-30',
    exitReason: 'arbete',
    workHoursAfter: 30,
    supportAfter: ['lon'],
  });
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
      'Aktualiseringar per part',
      'Aktualiseringar och utfall',
    ]);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Per år')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // Activities and hours are exact; the file's counts of people are protected (decision 0058).
    expect(rows.find((r) => r[0] === '2025')!.slice(1, 3)).toEqual([7, 11]);

    // An aktualisering from FK, linked to the participation it led to (found by its code).
    await page.getByRole('link', { name: 'Samordnare' }).click();
    await page.getByRole('tab', { name: 'Aktualiseringar' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Registrera aktualisering' }) });
    await form.waitFor();
    await form.getByLabel('Datum').fill('2025-04-08');
    await form.getByLabel('Part som aktualiserade').selectOption({ label: 'Försäkringskassan' });
    await form.getByLabel('Kön').selectOption({ label: 'Kvinna' });
    await form.getByLabel('Arbetsgruppens beslut').selectOption({ label: 'Samordning behövs' });
    await form.getByRole('textbox', { name: 'Deltagar-id' }).fill('AB-12');
    await form.getByRole('button', { name: /^Välj AB-12, Jobbstudion/ }).click();
    await form.getByText(/^Kopplad till AB-12, Jobbstudion/).waitFor();
    await expectNoAxeViolations(page, 'aktualiseringar');
    await form.getByRole('button', { name: 'Registrera aktualisering' }).click();
    await page.getByText('Aktualiseringen är sparad.').waitFor();
    await page.getByRole('cell', { name: 'AB-12, Jobbstudion' }).waitFor();
    // The counts of 2025: one raised, linked, ended with a known situation, self-supporting.
    await page.getByLabel('År', { exact: true }).selectOption('2025');
    const outcome = page.getByRole('table', { name: 'Beslut och andel som når egenförsörjning' });
    await outcome.getByRole('row', { name: /^Andel egenförsörjande/ }).waitFor();
    expect(await outcome.getByRole('row', { name: /^Aktualiseringar/ }).textContent()).toBe('Aktualiseringar11');
    expect(await outcome.getByRole('row', { name: /^Andel egenförsörjande/ }).textContent()).toBe(
      'Andel egenförsörjande100 %100 %',
    );
  });
});
