import type { Page } from 'playwright-core';

/**
 * The user guide's screenshot of the national follow-up (docs/guide/nationell-uppfoljning.md): the
 * förbund's counts per insats for last year, as its förbundsadministratör sees them.
 */
export async function nationalFiguresScreenshots(page: Page, out: string, base: string, associationId: string) {
  await page.goto(`${base}/forbund/${associationId}/nationell-uppfoljning`);
  await page.getByRole('heading', { name: 'Strukturövergripande insatser' }).waitFor();
  await page.getByRole('table').first().waitFor();
  await page.screenshot({ path: `${out}/nationell-uppfoljning.png`, fullPage: true });
}
