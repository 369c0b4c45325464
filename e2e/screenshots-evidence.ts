import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import type { TestContext } from '../apps/server/test/harness';

/**
 * The user guide's evidence screenshot (docs/guide/underlag.md): field 3 of a draft niofält of the
 * demo's first förbund, with its live outcome report and exit reasons, as its förbundschef sees it.
 */
export async function evidenceScreenshots(page: Page, out: string, base: string, ctx: TestContext) {
  const result = (await ctx.database.db.execute(
    sql`select s.id::text as id, s.association_id::text as association from self_assessments s
        join evidence_items e on e.document_id = s.id where s.status = 'draft' limit 1`,
  )) as unknown as { rows: { id: string; association: string }[] };
  const draft = result.rows[0]!;
  await page.goto(`${base}/forbund/${draft.association}/utvardering/sjalvvardering/${draft.id}/falt/3`);
  await page.getByRole('table', { name: /Avslutsorsaker/ }).waitFor();
  await page.getByRole('heading', { name: 'Underlag' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/underlag.png`, fullPage: true });
}
