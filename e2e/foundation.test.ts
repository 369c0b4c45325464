import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PASSWORD, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { expectNoAxeViolations, launchBrowser, newPage } from './browser';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');

let ctx: TestContext;
let browser: Browser;
let base: string;
let adminEmail: string;
let otherAssociation: string;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  adminEmail = (await seedUser(ctx, 'system_admin', null, 'admin@e2e.se')).email;
  otherAssociation = (await seedAssociation(ctx, 'Annat förbund')).name;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto(`${base}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('the administrator journey', () => {
  it('logs in, creates a förbund with kommuner, creates a user with a role; that user sees only what the role allows', async () => {
    const page = await newPage(browser);
    await page.goto(base);
    await expect.poll(() => page.url()).toContain('/logga-in');
    await expect.poll(() => page.title()).toBe('Logga in – Insikt');
    await expectNoAxeViolations(page, 'inloggning');

    // A wrong password gives an error summary that takes focus.
    await signIn(page, adminEmail, 'fel lösenord här');
    await page.getByText('Fel e-postadress eller lösenord.').waitFor();
    await expectNoAxeViolations(page, 'inloggning med fel');

    await signIn(page, adminEmail);
    await page.getByRole('heading', { name: 'Välkommen, Test system_admin' }).waitFor();
    await expectNoAxeViolations(page, 'startsida');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Förbund' }).click();
    await page.getByRole('link', { name: 'Nytt förbund' }).click();
    await page.getByLabel('Namn').fill('Finnveden');
    await page.getByLabel('Län').selectOption({ label: 'Jönköpings län' });
    await page.getByLabel('Gislaved').check();
    await page.getByLabel('Vaggeryd').check();
    await page.getByLabel('Värnamo').check();
    await expectNoAxeViolations(page, 'nytt förbund');
    await page.getByRole('button', { name: 'Skapa förbund' }).click();
    await page.getByText('Förbundet Finnveden är skapat.').waitFor();
    await expectNoAxeViolations(page, 'förbund, uppgifter');

    await page.getByRole('tab', { name: /Medlemmar/ }).click();
    for (const member of [
      'Försäkringskassan',
      'Arbetsförmedlingen',
      'Region Jönköpings län',
      'Gislaveds kommun',
      'Vaggeryds kommun',
      'Värnamo kommun',
    ]) {
      await page.getByRole('cell', { name: member, exact: true }).first().waitFor();
    }
    await expectNoAxeViolations(page, 'förbund, medlemmar');

    await page.getByRole('tab', { name: /Organ/ }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByLabel('Namn', { exact: true }).fill('Anna Andersson');
    await panel.getByLabel('Roll').selectOption({ label: 'Ordförande' });
    await panel.getByLabel('Medlemsorganisation').selectOption({ label: 'Värnamo kommun' });
    await panel.getByRole('button', { name: 'Lägg till person' }).click();
    await page.getByRole('cell', { name: 'Anna Andersson', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'förbund, organ');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('link', { name: 'Ny användare' }).click();
    await page.getByLabel('E-postadress').fill('chef@finnveden.se');
    await page.getByLabel('Namn').fill('Karin Chef');
    await page.getByLabel('Roll').selectOption({ label: 'Förbundsadministratör' });
    await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Finnveden' });
    await page.getByLabel(/Lösenord/).fill('karins eget långa lösenord');
    await expectNoAxeViolations(page, 'ny användare');
    await page.getByRole('button', { name: 'Skapa användare' }).click();
    await page.getByText('Användaren chef@finnveden.se är skapad.').waitFor();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('link', { name: 'Karin Chef' }).waitFor();
    await expectNoAxeViolations(page, 'användare');
    await page.getByRole('link', { name: 'Karin Chef' }).click();
    await page.getByRole('heading', { name: 'Roller' }).waitFor();
    await page.getByRole('cell', { name: 'Förbundsadministratör', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'användare, detalj');
    await page.getByRole('link', { name: 'Granskningslogg' }).first().click();
    // One sentence per event, with the record by name; the raw facts folded away until asked for.
    const created = page.getByRole('row', { name: /Test system_admin skapade förbundet Finnveden/ }).first();
    await created.waitFor();
    expect(await created.getByText('"municipalityCodes"').isVisible()).toBe(false);
    await created.getByText('Visa detaljer').focus();
    await page.keyboard.press('Enter');
    await created.getByText('"municipalityCodes"').waitFor();
    await page
      .getByRole('row', { name: /Test system_admin skapade kontot för Karin Chef som Förbundsadministratör/ })
      .waitFor();
    await expectNoAxeViolations(page, 'granskningslogg');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect.poll(() => page.url()).toContain('/logga-in');

    // The new förbundsadministratör sees their förbund only, and cannot create förbund.
    await signIn(page, 'chef@finnveden.se', 'karins eget långa lösenord');
    await page.getByRole('heading', { name: 'Välkommen, Karin Chef' }).waitFor();
    await expect.poll(() => page.getByText('Förbundsadministratör').first().isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Förbund' }).click();
    await page.getByRole('link', { name: 'Finnveden' }).waitFor();
    expect(await page.getByRole('link', { name: otherAssociation }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Nytt förbund' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'förbundslista');
    await page.getByRole('link', { name: 'Mitt konto' }).click();
    await page.getByRole('heading', { name: 'Byt lösenord' }).waitFor();
    await expectNoAxeViolations(page, 'mitt konto');
    await page.close();
  });

  it('forces a new password after a one-time password', async () => {
    const page = await newPage(browser);
    await signIn(page, adminEmail);
    await page.getByRole('heading', { name: /Välkommen/ }).waitFor();
    await page.goto(`${base}/anvandare/ny`);
    await page.getByLabel('E-postadress').fill('coach@finnveden.se');
    await page.getByLabel('Namn').fill('Coach Coachsson');
    await page.getByLabel('Roll').selectOption({ label: 'Deltagaransvarig' });
    await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Finnveden' });
    await page.getByRole('button', { name: 'Skapa användare' }).click();
    const text = await page.getByTestId('one-time-password-text').textContent();
    const otp = text!.split(': ').pop()!.trim();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect.poll(() => page.url()).toContain('/logga-in');

    await signIn(page, 'coach@finnveden.se', otp);
    await page.getByText('Du har loggat in med ett engångslösenord').waitFor();
    expect(page.url()).toContain('/konto');
    await page.getByLabel('Nuvarande lösenord').fill(otp);
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('kort');
    await page.getByLabel('Upprepa nytt lösenord').fill('kort');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByRole('link', { name: 'Lösenordet måste ha minst 12 tecken.' }).waitFor();
    await expectNoAxeViolations(page, 'byt lösenord med fel');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('ett helt annat långt lösenord');
    await page.getByLabel('Upprepa nytt lösenord').fill('ett helt annat långt lösenord');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByText('Lösenordet är bytt.').waitFor();
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Välkommen, Coach Coachsson' }).waitFor();
    expect(await page.getByRole('link', { name: 'Användare' }).count()).toBe(0);
    await page.close();
  });
  it('lets the förbundschef set up an insats: amounts with spaces, shares in percent with a decimal comma', async () => {
    const page = await newPage(browser);
    await signIn(page, 'chef@finnveden.se', 'karins eget långa lösenord');
    await page.getByRole('heading', { name: 'Välkommen, Karin Chef' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Insatser', exact: true })
      .click();
    await page.getByRole('link', { name: 'Ny insats' }).click();
    await page.getByLabel('Namn').fill('Jobbcoach Värnamo');
    await page.getByRole('button', { name: 'Lägg till år' }).click();
    await page.getByLabel('År', { exact: true }).fill('2026');
    await page.getByLabel('Budget', { exact: true }).fill('1 944 000');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await page.getByLabel('Mål', { exact: true }).fill('Fler i arbete');
    await page.getByLabel('Jämförelse').selectOption('between');
    await page.getByLabel('Målvärde (%)', { exact: true }).fill('35,5');
    await page.getByLabel('Övre målvärde (%)').fill('60');
    await expectNoAxeViolations(page, 'ny insats');
    await page.getByRole('button', { name: 'Ny insats' }).click();
    // The saved insats shows what was typed: a share stored as 0.355 is "35,5" again, not an empty field.
    await page.getByRole('heading', { name: 'Jobbcoach Värnamo', level: 1 }).waitFor();
    expect(await page.getByLabel('Målvärde (%)', { exact: true }).inputValue()).toBe('35,5');
    expect(await page.getByLabel('Budget', { exact: true }).inputValue()).toBe('1944000');

    // A goal followed up by hand (decision 0062): its value per year with its source gives its fulfilment.
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await page.getByLabel('Mål', { exact: true }).nth(1).fill('Styrgruppen bedömer samverkan som god');
    await page.getByLabel('Mäts med').nth(1).selectOption('manual');
    await page.getByLabel('Enhet').selectOption('percent');
    await page.getByLabel('Målvärde (%) (valfritt)').fill('75');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await page.getByRole('tab', { name: 'Måluppfyllelse' }).click();
    const values = page.getByRole('region', { name: /Värden för mål 2/ });
    await values.getByLabel('Värde (%)').fill('80');
    await values.getByLabel('Källa').fill('Enkät till styrgruppen, november 2026');
    await values.getByRole('button', { name: 'Registrera värde' }).click();
    await page.getByRole('cell', { name: /80 %\s*Uppfyllt\s*Källa: Enkät till styrgruppen/ }).waitFor();
    await values.getByLabel('Värde (%)').fill('60');
    await values.getByRole('button', { name: /Spara värdet för/ }).click();
    await page.getByRole('cell', { name: /60 %\s*Ej uppfyllt/ }).waitFor();
    await expectNoAxeViolations(page, 'måluppfyllelse med registrerat värde');
    await page.close();
  });
});

describe('keyboard and language', () => {
  it('can be used with the keyboard alone: skip link, login form, menu', async () => {
    const page = await newPage(browser);
    await page.goto(`${base}/logga-in`);
    await page.getByLabel('E-postadress').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-email');
    await page.keyboard.type(adminEmail);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Välkommen/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('switches to English and back, and sets the page language', async () => {
    const page = await newPage(browser);
    await signIn(page, adminEmail);
    await page.getByRole('heading', { name: /Välkommen/ }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page, 'start (English)');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: /Välkommen/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await page.close();
  });
});
