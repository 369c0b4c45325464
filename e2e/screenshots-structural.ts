import type { Page } from 'playwright-core';

/**
 * The user guide's structural screenshots (docs/guide/strukturovergripande.md), on the demo's
 * samordnare: the förbund's activity report with its chart, the insats's activities and the form for a
 * recurring activity, and its aktualiseringar.
 */
export async function structuralScreenshots(page: Page, out: string, base: string, associationId: string) {
  await page.goto(`${base}/forbund/${associationId}/strukturinsatser`);
  await page.getByRole('figure').locator('svg').first().waitFor();
  await page.screenshot({ path: `${out}/strukturinsatser-rapport.png`, fullPage: true });
  await page.getByRole('link', { name: 'Samordnare för samverkan' }).click();
  await page.getByRole('heading', { name: 'Registrera aktivitet' }).waitFor();
  await page.screenshot({ path: `${out}/strukturinsatser-aktiviteter.png` });
  await page.getByRole('radio', { name: /Återkommande/ }).check();
  await page
    .locator('form', { has: page.getByRole('heading', { name: 'Registrera aktivitet' }) })
    .screenshot({ path: `${out}/strukturinsatser-aterkommande.png` });
  // The demo's aktualiseringar of this year: the counts by party and gender, the share and the cases.
  await page.getByRole('tab', { name: 'Aktualiseringar' }).click();
  await page.getByRole('table', { name: 'Registrerade aktualiseringar' }).waitFor();
  await page.getByRole('figure').locator('svg').first().waitFor();
  await page.screenshot({ path: `${out}/strukturinsatser-aktualiseringar.png` });
}
