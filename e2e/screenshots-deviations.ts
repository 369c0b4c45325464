import type { Browser, Page } from 'playwright-core';
import { call, login, type TestContext } from '../apps/server/test/harness';

/**
 * The user guide's deviation screenshots (docs/guide/avvikelser.md), on the demo's cases: a reporter
 * on a phone through the link, the förbund's case list and one case, the publication, the board's
 * statistics and the meeting dates.
 */
export async function deviationScreenshots(
  browser: Browser,
  page: Page,
  out: string,
  base: string,
  ctx: TestContext,
  chef: { email: string; password: string; associationId: string },
) {
  const session = await login(ctx, chef.email, chef.password);
  const api = `/api/v1/associations/${chef.associationId}`;
  const { reportToken } = (await call(ctx, session, 'GET', `${api}/deviation-settings`)).json<{
    reportToken: string;
  }>();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'sv-SE' });
  const reporter = await phone.newPage();
  await reporter.goto(`${base}/avvikelse/${reportToken}`);
  await reporter.getByRole('heading', { name: 'Rapportera en avvikelse' }).waitFor();
  await reporter.getByRole('checkbox', { name: 'Arbetsförmedlingen' }).check();
  await reporter.getByRole('radio', { name: 'Information som inte förs vidare' }).check();
  await reporter.getByLabel('Vad hände?').fill('Den nya planeringen skickades inte till övriga parter före mötet.');
  await reporter.screenshot({ path: `${out}/avvikelse-rapportera.png`, fullPage: true });
  await phone.close();

  const paths = `${base}/forbund/${chef.associationId}/avvikelser`;
  await page.goto(paths);
  await page.getByRole('heading', { name: 'Ärenden' }).waitFor();
  await page.screenshot({ path: `${out}/avvikelser.png`, fullPage: true });
  const cases = (await call(ctx, session, 'GET', `${api}/deviations`)).json<{ id: string; status: string }[]>();
  const raised = cases.find((c) => c.status === 'raised') ?? cases[0]!;
  await page.goto(`${paths}/arende/${raised.id}`);
  await page.getByRole('heading', { name: 'Handläggning' }).waitFor();
  await page.screenshot({ path: `${out}/avvikelse-arende.png`, fullPage: true });
  await page.goto(`${paths}/publicerade`);
  await page.getByText(/publicerade ärenden/).waitFor();
  await page.screenshot({ path: `${out}/avvikelser-publicerade.png` });
  await page.goto(`${paths}/statistik`);
  await page.getByRole('figure').locator('svg').first().waitFor();
  await page.screenshot({ path: `${out}/avvikelser-statistik.png`, fullPage: true });
  await page.goto(`${base}/forbund/${chef.associationId}`);
  await page.getByRole('tab', { name: 'Mötesdatum' }).click();
  await page.getByRole('heading', { name: 'Lägg till mötesdatum' }).waitFor();
  await page.screenshot({ path: `${out}/motesdatum.png` });
}
