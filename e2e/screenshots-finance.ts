import type { Page } from 'playwright-core';

/**
 * The user guide's finance screenshots (docs/guide/ekonomi.md), on the demo: a förbund's 2019 accounts
 * (seed 003's Bokslut 2019) with key figures, guideline and state money, the budget year's equity warning,
 * and the county side by side.
 */
export async function financeScreenshots(page: Page, out: string, base: string, associationId: string) {
  await page.goto(`${base}/forbund/${associationId}/ekonomi`);
  await page.getByRole('heading', { name: 'Ekonomi', level: 1 }).waitFor();
  // The page opens on the budget year, with the budget's equity against the guideline (decision 0064).
  await page.getByText('Budgeterat eget kapital över riktlinjen.').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/ekonomi-budget.png` });
  // The page's year, not the budget form's.
  await page.locator('#finance-year-year').selectOption('2019');
  await page.getByRole('table', { name: 'Nyckeltal 2019: budget och utfall' }).waitFor();
  await page
    .getByRole('row', { name: /^Intäkter/ })
    .first()
    .waitFor();
  await page.screenshot({ path: `${out}/ekonomi-nyckeltal.png`, fullPage: true });
  await page.getByRole('heading', { name: 'Importera utfall' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/ekonomi-import.png` });
  await page.goto(`${base}/ekonomi/jamforelse`);
  await page.getByLabel('År', { exact: true }).selectOption('2019');
  await page.getByRole('columnheader', { name: /^Summa för de 3 förbund/ }).waitFor();
  await page.screenshot({ path: `${out}/ekonomi-jamforelse.png`, fullPage: true });
}
