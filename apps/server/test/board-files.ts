import { eq } from 'drizzle-orm';
import { todayIso } from '@insikt/core';
import { associations, interventions } from '../src/db/schema';
import { loadDemo } from '../src/modules/demo/load-demo';
import { call, login, startTestApp, type Session, type TestContext } from './harness';

/** Every file Insikt hands a board or an analyst, made from the demo as a förbundschef downloads them. */
export interface BoardFiles {
  outcomePdf: Buffer;
  outcomeXlsx: Buffer;
  /** For publication: small cells hidden by the disclosure control ("<5", ".."). */
  outcomeXlsxPublished: Buffer;
  analysisPdf: Buffer;
  analysisXlsx: Buffer;
  templateXlsx: Buffer;
  /** The outcome per year beside the län and riket (issue 12 §9). */
  trendXlsx: Buffer;
  /** At exit, 6 and 12 months after (decision 0022). */
  followUpXlsx: Buffer;
  /** The board's deviation statistics over the demo's two years (issue 15 §4). */
  deviationPdf: Buffer;
  deviationXlsx: Buffer;
}

/** The name the förbundschef gives the saved analysis (free text, printed in its PDF). */
export const DEMO_ANALYSIS_NAME = 'Jobbstudion tre år';

async function download(ctx: TestContext, session: Session, url: string): Promise<Buffer> {
  const response = await call(ctx, session, 'GET', url);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.rawPayload;
}

/**
 * Loads the demo into a fresh database and downloads the board files of "Demo – Finnveden": the
 * outcome report per insats (the longest labels) over the demo's three years, and a saved
 * socio-economic analysis of Jobbstudion (chosen by the demo's data, not by hand).
 */
export async function demoBoardFiles(): Promise<{ ctx: TestContext; files: BoardFiles }> {
  const ctx = await startTestApp();
  const today = todayIso();
  const { password } = await loadDemo(ctx.database.db, today);
  const chief = await login(ctx, 'forbundschef.finnveden@demo.insikt.se', password);
  const [association] = await ctx.database.db
    .select()
    .from(associations)
    .where(eq(associations.name, 'Demo – Finnveden'));
  const [jobbstudion] = await ctx.database.db
    .select()
    .from(interventions)
    .where(eq(interventions.associationId, association!.id))
    .then((rows) => rows.filter((r) => r.name === 'Jobbstudion'));
  const period = { from: `${Number(today.slice(0, 4)) - 3}-01-01`, to: today };
  const outcome = `/api/v1/reports/outcome?from=${period.from}&to=${period.to}&groupBy=intervention`;
  // Protected reports cover whole calendar periods: last year.
  const lastYear = Number(today.slice(0, 4)) - 1;
  const published = `/api/v1/reports/outcome?from=${lastYear}-01-01&to=${lastYear}-12-31&groupBy=intervention&suppress=true`;
  const base = `/api/v1/associations/${association!.id}/interventions/${jobbstudion!.id}/socioeconomic`;
  const saved = await call(ctx, chief, 'POST', `${base}/analyses`, { ...period, name: DEMO_ANALYSIS_NAME });
  if (saved.statusCode !== 201) throw new Error(`analysis: ${saved.statusCode} ${saved.body}`);
  const analysis = `${base}/analyses/${saved.json<{ id: string }>().id}`;
  const deviations = `/api/v1/associations/${association!.id}/deviation-statistics?fromYear=${lastYear - 1}&toYear=${lastYear + 1}`;
  return {
    ctx,
    files: {
      outcomePdf: await download(ctx, chief, `${outcome}&format=pdf`),
      outcomeXlsx: await download(ctx, chief, `${outcome}&format=xlsx`),
      outcomeXlsxPublished: await download(ctx, chief, `${published}&format=xlsx`),
      analysisPdf: await download(ctx, chief, `${analysis}?format=pdf`),
      analysisXlsx: await download(ctx, chief, `${analysis}?format=xlsx`),
      templateXlsx: await download(ctx, chief, '/api/v1/imports/template?format=xlsx'),
      trendXlsx: await download(
        ctx,
        chief,
        `/api/v1/reports/trend?fromYear=${lastYear - 2}&toYear=${lastYear}&groupBy=national&format=xlsx`,
      ),
      followUpXlsx: await download(
        ctx,
        chief,
        `/api/v1/reports/follow-up?from=${lastYear}-01-01&to=${lastYear}-12-31&groupBy=intervention&format=xlsx`,
      ),
      deviationPdf: await download(ctx, chief, `${deviations}&format=pdf`),
      deviationXlsx: await download(ctx, chief, `${deviations}&format=xlsx`),
    },
  };
}
