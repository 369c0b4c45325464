import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD } from '../apps/server/test/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this sandbox and CI need (no downloads, no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=sv-SE',
    ],
    // Native date inputs follow the browser's own language, not the page's lang="sv" nor the
    // context's locale: Swedish (ÅÅÅÅ-MM-DD) needs the language from the environment on Linux, and
    // Chromium's Swedish locale pack (Debian: chromium-l10n); without it the fields show mm/dd/yyyy.
    env: { ...process.env, LANGUAGE: 'sv' },
  });
}

/** A page in its own context (own cookies); axe needs pages created from a context. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  return context.newPage();
}

/** Runs axe with the WCAG 2.1 A and AA rules and fails with the list of violations. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map(
    (v) => `${screen}: ${v.id} – ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations).toEqual([]);
}

/** Signs in through the login page and waits for the start page. */
export async function signIn(page: Page, base: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${base}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { name: /Välkommen/ }).waitFor();
}

/**
 * Opens a screen through the main menu: a menu item, or a group (Insatser, Deltagare, Ekonomi) and then
 * one of its screens in the group's section menu (decision 0064).
 */
export async function openFromMenu(page: Page, entry: string, screen?: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: entry, exact: true }).click();
  if (screen)
    await page
      .getByRole('navigation', { name: entry, exact: true })
      .getByRole('link', { name: screen, exact: true })
      .click();
}
