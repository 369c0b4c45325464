import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { call, login, type TestContext } from '../apps/server/test/harness';

/**
 * The user guide's survey screenshots (docs/guide/enkater.md): a förbundschef creates the Bilaga 6
 * participant survey for an insats and distributes it; a participant answers on a phone.
 */
export async function surveyScreenshots(
  browser: Browser,
  page: Page,
  out: string,
  base: string,
  ctx: TestContext,
  chef: { email: string; password: string; associationId: string },
) {
  const result = (await ctx.database.db.execute(
    sql`select id::text as id from interventions where association_id = ${chef.associationId} order by name limit 1`,
  )) as unknown as { rows: { id: string }[] };
  const interventionId = result.rows[0]!.id;
  const session = await login(ctx, chef.email, chef.password);
  const api = `/api/v1/associations/${chef.associationId}/surveys`;
  const survey = await call(ctx, session, 'POST', api, {
    name: 'Deltagarenkät',
    fromBuiltIn: 'participants-b6',
    interventionIds: [interventionId],
  });
  const surveyId = survey.json<{ id: string }>().id;
  const year = new Date().getFullYear();
  await call(ctx, session, 'POST', `${api}/${surveyId}/distributions`, {
    respondentGroup: 'participants',
    interventionIds: [interventionId],
    opensOn: `${year}-01-01`,
    closesOn: `${year + 1}-12-31`,
    invitedCount: 40,
  });

  await page.goto(`${base}/forbund/${chef.associationId}/enkater/${surveyId}`);
  const link = page.getByRole('link', { name: /\/enkat\// }).first();
  await link.waitFor();
  const address = new URL((await link.textContent()) ?? '');
  await page
    .getByRole('img', { name: /QR-kod/ })
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/enkat-utskick.png`, fullPage: true });
  await page.goto(`${base}/forbund/${chef.associationId}/enkater`);
  await page.getByRole('heading', { name: 'Ny enkät' }).waitFor();
  await page.screenshot({ path: `${out}/enkater.png`, fullPage: true });

  // The respondent's phone: a context of its own, without the staff session.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'sv-SE' });
  const respondent = await phone.newPage();
  await respondent.goto(`${base}${address.pathname}`);
  await respondent
    .getByText(/frågor kvar/)
    .first()
    .waitFor();
  await respondent.getByLabel('Ditt svar').first().fill('7');
  await respondent
    .getByRole('group', { name: 'Det är meningsfullt att delta' })
    .getByRole('radio', { name: 'i ganska hög grad' })
    .check();
  await respondent.getByRole('group', { name: 'Vad tycker du om det projekt du deltar i?' }).scrollIntoViewIfNeeded();
  await respondent.screenshot({ path: `${out}/enkat-svar.png` });
  await phone.close();
}
