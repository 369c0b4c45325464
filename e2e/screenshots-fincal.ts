import type { Page } from 'playwright-core';
import { openFromMenu } from './browser';

/**
 * The user guide's screenshots of the member contributions and the yearly cycle
 * (docs/guide/medlemsbidrag-och-arshjul.md), on the demo: Finnveden's agreed key and Höglandet's cycle
 * with the second interim report on 30 September.
 */
export async function fincalScreenshots(page: Page, out: string, signIn: (email: string) => Promise<void>) {
  await signIn('forbundschef.finnveden@demo.insikt.se');
  await openFromMenu(page, 'Ekonomi', 'Medlemsbidrag');
  await page.getByTestId('table-requested').waitFor();
  await page.screenshot({ path: `${out}/medlemsbidrag.png`, fullPage: true });
  await signIn('forbundschef.hoglandet@demo.insikt.se');
  await openFromMenu(page, 'Ekonomi', 'Årshjul för ekonomin');
  await page.getByTestId('event-interimReport2').waitFor();
  await page.screenshot({ path: `${out}/arshjul.png`, fullPage: true });
}
