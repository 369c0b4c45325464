import type { Page } from 'playwright-core';
import { call, login, type TestContext } from '../apps/server/test/harness';

/**
 * The accounts guide's e-mail screenshots (docs/guide/konton-och-roller.md): the outbox as the
 * förbundsadministratör sees it without a mail server, the notice choices on Mitt konto, and the
 * "Glömt lösenordet?" page. `page` is signed in as `admin`.
 */
export async function notificationScreenshots(
  page: Page,
  out: string,
  base: string,
  ctx: TestContext,
  admin: { email: string; password: string; associationId: string },
) {
  const session = await login(ctx, admin.email, admin.password);
  const invited = await call(ctx, session, 'POST', '/api/v1/users', {
    email: 'ny.handlaggare@demo.insikt.se',
    name: 'Nora Handläggare',
    role: { role: 'reader', associationId: admin.associationId },
    invite: true,
  });
  if (invited.statusCode !== 201) throw new Error(`invitation: ${invited.statusCode} ${invited.body}`);
  await page.goto(`${base}/utkorg`);
  await page.getByRole('cell', { name: 'Inbjudan till Insikt' }).first().waitFor();
  await page.screenshot({ path: `${out}/utkorg.png`, fullPage: true });

  await page.goto(`${base}/konto`);
  await page.getByRole('heading', { name: 'Aviseringar med e-post' }).waitFor();
  await page.getByRole('heading', { name: 'Aviseringar med e-post' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/aviseringar.png`, fullPage: true });

  await page.goto(`${base}/glomt-losenord`);
  await page.getByLabel('E-postadress').fill(admin.email);
  await page.screenshot({ path: `${out}/glomt-losenord.png` });
}
