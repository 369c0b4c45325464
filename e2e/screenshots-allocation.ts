import type { Page } from 'playwright-core';

/**
 * The user guide's allocation screenshots (docs/guide/fordelningsmodell.md), on the demo's model year
 * 2020 and its simulation of the merger of the three förbund (seed 003 §8.2).
 */
export async function allocationScreenshots(page: Page, out: string, base: string) {
  await page.goto(`${base}/fordelning`);
  await page.getByRole('heading', { name: 'Riktlinjen för eget kapital ("trappan")' }).waitFor();
  await page.screenshot({ path: `${out}/fordelning.png`, fullPage: true });
  await page.goto(`${base}/fordelning/2020`);
  await page.getByRole('heading', { name: 'Resultat per förbund' }).waitFor();
  await page.screenshot({ path: `${out}/fordelning-modellar.png`, fullPage: true });
  await page.goto(`${base}/fordelning`);
  await page.getByRole('link', { name: 'Sammanslagning av de tre förbunden' }).click();
  await page.getByRole('heading', { name: 'Före och efter per medlem' }).waitFor();
  await page.screenshot({ path: `${out}/fordelning-simulering.png`, fullPage: true });
}
