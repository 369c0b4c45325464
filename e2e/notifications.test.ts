import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { startSmtpCapture, waitForMail, type SmtpCapture } from '../apps/server/test/smtp-capture';
import { startMailDelivery } from '../apps/server/src/modules/notifications/mail-delivery';
import { configureNotices } from '../apps/server/src/modules/notifications/notice-settings';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './browser';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
const NEW_PASSWORD = 'ett nytt lösenord från länken';

let ctx: TestContext;
let capture: SmtpCapture;
let mail: ReturnType<typeof startMailDelivery>;
let browser: Browser;
let base: string;
const deliveryErrors: unknown[] = [];

beforeAll(async () => {
  capture = await startSmtpCapture();
  ctx = await startTestApp({ SMTP_URL: capture.url, INSIKT_MAIL_FROM: 'Insikt <insikt@e2e.test>' }, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  // The links in e-mails lead to this server (INSIKT_PUBLIC_URL, known once it listens).
  configureNotices({ publicUrl: base });
  mail = startMailDelivery(ctx.database.db, ctx.config, (error) => deliveryErrors.push(error));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await mail?.stop();
  await ctx?.close();
  await capture?.close();
  configureNotices({ publicUrl: 'http://localhost:3000' });
});

describe('a forgotten password', () => {
  it('is replaced through the link in the e-mail, and the outbox shows the message as sent', async () => {
    const { email } = await seedUser(ctx, 'system_admin', null, 'glomsk@e2e.se');
    const page = await newPage(browser);
    await page.goto(`${base}/logga-in`);
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await page.getByRole('heading', { name: 'Glömt lösenordet' }).waitFor();
    await expectNoAxeViolations(page, 'glömt lösenordet');
    await page.getByLabel('E-postadress').fill(email);
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await page.getByText(/Om adressen hör till ett konto i Insikt har vi skickat en länk dit/).waitFor();
    await expectNoAxeViolations(page, 'glömt lösenordet, skickat');

    const [message] = await waitForMail(capture, 1);
    expect(message!.to).toEqual([email]);
    expect(message!.subject).toBe('Nytt lösenord till Insikt');
    const link = /https?:\/\/\S+\/nytt-losenord#[A-Za-z0-9_-]+/.exec(message!.text)?.[0];
    expect(link).toBeDefined();
    expect(message!.html).toContain(`<a href="${link}">`);

    await page.goto(link!);
    await page.getByRole('heading', { name: 'Välj nytt lösenord' }).waitFor();
    await expectNoAxeViolations(page, 'nytt lösenord');
    await page.getByLabel('Nytt lösenord').fill('kort');
    await page.getByLabel('Upprepa lösenordet').fill('kort');
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    await page
      .getByText(/Lösenordet måste ha minst 12 tecken/)
      .first()
      .waitFor();
    await page.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    await page.getByText('Lösenordet är sparat.', { exact: false }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expectNoAxeViolations(page, 'nytt lösenord, sparat');

    await signIn(page, base, email, NEW_PASSWORD);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utkorg' }).click();
    await page.getByRole('heading', { name: 'Utkorg' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Länk för nytt lösenord' });
    await row.getByText('Skickat', { exact: true }).waitFor();
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toContain(email);
    await expectNoAxeViolations(page, 'utkorg');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mitt konto' }).click();
    await page.getByRole('heading', { name: 'Aviseringar med e-post' }).waitFor();
    // Deviation notices go to a förbund's handlers (and the answer never to an account): none offered here.
    await page.getByText(/Med dina roller får du bara meddelanden om ditt eget konto/).waitFor();
    expect(await page.getByRole('checkbox', { name: /avvikelse/i }).count()).toBe(0);
    await page.getByLabel('Engelska').check();
    await page.getByRole('button', { name: 'Spara val' }).click();
    await page.getByText('Dina val är sparade.').waitFor();
    await expectNoAxeViolations(page, 'mitt konto, aviseringar');
    expect(deliveryErrors).toEqual([]);
  });
});

describe('an invitation', () => {
  it('lets a new user choose the first password through the e-mailed link', async () => {
    const association = await seedAssociation(ctx, 'Inbjudande förbund');
    const admin = await seedUser(ctx, 'association_admin', association.id, 'bjuder@e2e.se');
    const page = await newPage(browser);
    await signIn(page, base, admin.email);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('link', { name: 'Ny användare' }).click();
    await page.getByLabel('E-postadress').fill('inbjuden@e2e.se');
    await page.getByLabel('Namn').fill('Ida Inbjuden');
    await page.getByLabel('Roll').selectOption({ label: 'Läsare' });
    await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Inbjudande förbund' });
    await page.getByLabel(/Skicka en inbjudan med e-post/).check();
    await expect.poll(() => page.getByLabel(/Lösenord/).count()).toBe(0);
    await expectNoAxeViolations(page, 'ny användare med inbjudan');
    const before = capture.received.length;
    await page.getByRole('button', { name: 'Skapa användare' }).click();
    await page.getByText(/En inbjudan till inbjuden@e2e.se ligger i utkorgen/).waitFor();

    const received = await waitForMail(capture, before + 1);
    const invitation = received[before]!;
    expect(invitation.to).toEqual(['inbjuden@e2e.se']);
    expect(invitation.subject).toBe('Välkommen till Insikt');
    expect(invitation.text).toContain(
      'Test association_admin har skapat ett konto åt dig i Insikt för Inbjudande förbund.',
    );
    const link = /https?:\/\/\S+\/valkommen#[A-Za-z0-9_-]+/.exec(invitation.text)?.[0];

    const invited = await newPage(browser);
    await invited.goto(link!);
    await invited.getByRole('heading', { name: 'Välkommen till Insikt' }).waitFor();
    await expectNoAxeViolations(invited, 'välkommen');
    await invited.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await invited.getByLabel('Upprepa lösenordet').fill(NEW_PASSWORD);
    await invited.getByRole('button', { name: 'Spara lösenord' }).click();
    await invited.getByRole('link', { name: 'Logga in' }).click();
    await signIn(invited, base, 'inbjuden@e2e.se', NEW_PASSWORD);
    expect(deliveryErrors).toEqual([]);
  });
});
