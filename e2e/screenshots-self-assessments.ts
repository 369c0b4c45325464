import type { Page } from 'playwright-core';

/**
 * The user guide's self-assessment screenshots (docs/guide/sjalvvardering.md), on the demo's first
 * förbund: last year's tolvfältaren, a field with carried actions, and two years compared.
 */
export async function selfAssessmentScreenshots(page: Page, out: string, signIn: (email: string) => Promise<void>) {
  const lastYear = new Date().getFullYear() - 1;
  await signIn('forbundschef.sodravatterbygden@demo.insikt.se');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utvärdering' }).click();
  await page.getByRole('link', { name: 'Självvärdering' }).click();
  await page.getByRole('link', { name: `Tolvfältaren ${lastYear}` }).click();
  await page.getByRole('link', { name: 'Fält 12', exact: true }).waitFor();
  await page.screenshot({ path: `${out}/sjalvvardering-rutnat.png`, fullPage: true });
  await page.getByRole('link', { name: 'Fält 3', exact: true }).click();
  await page
    .getByText(`överförd, skriven ${lastYear - 1}`)
    .first()
    .waitFor();
  await page.screenshot({ path: `${out}/sjalvvardering-falt.png`, fullPage: true });
  await page.getByRole('link', { name: /Tillbaka till Tolvfältaren/ }).click();
  await page.getByRole('link', { name: 'Jämför år' }).click();
  await page.locator('figure.chart svg').first().waitFor();
  await page.screenshot({
    path: `${out}/sjalvvardering-jamfor.png`,
    clip: { x: 0, y: 0, width: 1280, height: 1800 },
    fullPage: true,
  });
}
