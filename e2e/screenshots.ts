/**
 * Takes the README's screenshots from a running, seeded, in-memory Insikt:
 *   npm run screenshots
 * Writes PNG files to docs/images/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { PASSWORD, seedUser, startTestApp } from '../apps/server/test/harness';
import { launchBrowser, newPage, openFromMenu } from './browser';
import { todayIso } from '@insikt/core';
import { loadDemo } from '../apps/server/src/modules/demo/load-demo';
import { selfAssessmentScreenshots } from './screenshots-self-assessments';
import { evidenceScreenshots } from './screenshots-evidence';
import { surveyScreenshots } from './screenshots-surveys';
import { notificationScreenshots } from './screenshots-notifications';
import { deviationScreenshots } from './screenshots-deviations';
import { fincalScreenshots } from './screenshots-fincal';
import { allocationScreenshots } from './screenshots-allocation';
import { financeScreenshots } from './screenshots-finance';
import { structuralScreenshots } from './screenshots-structural';
import { nationalFiguresScreenshots } from './screenshots-national-figures';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../docs/images');
const ctx = await startTestApp({}, path.resolve(here, '../apps/web/dist'));
await ctx.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
await seedUser(ctx, 'system_admin', null, 'admin@demo.insikt.se');
const browser = await launchBrowser();
const page = await newPage(browser);
try {
  await page.goto(`${base}/logga-in`);
  await page.getByLabel('E-postadress').fill('admin@demo.insikt.se');
  await page.screenshot({ path: `${out}/inloggning.png` });
  await page.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { name: /Välkommen/ }).waitFor();
  await page.screenshot({ path: `${out}/startsida.png` });

  await page.goto(`${base}/forbund/nytt`);
  await page.getByLabel('Namn').fill('Samordningsförbundet Finnveden');
  await page.getByLabel('Län').selectOption({ label: 'Jönköpings län' });
  for (const kommun of ['Gislaved', 'Gnosjö', 'Vaggeryd', 'Värnamo']) await page.getByLabel(kommun).check();
  await page.screenshot({ path: `${out}/nytt-forbund.png`, fullPage: true });
  await page.getByRole('button', { name: 'Skapa förbund' }).click();
  await page.getByText(/är skapat/).waitFor();
  await page.getByRole('tab', { name: /Organ/ }).click();
  const panel = page.getByRole('tabpanel');
  for (const [name, role, member] of [
    ['Anna Lind', 'Ordförande', 'Värnamo kommun'],
    ['Per Ek', 'Vice ordförande', 'Region Jönköpings län'],
    ['Eva Berg', 'Ledamot', 'Försäkringskassan'],
  ] as const) {
    await panel.getByLabel('Namn', { exact: true }).fill(name);
    await panel.getByLabel('Roll').selectOption({ label: role });
    await panel.getByLabel('Medlemsorganisation').selectOption({ label: member });
    await panel.getByRole('button', { name: 'Lägg till person' }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor();
  }
  await page.screenshot({ path: `${out}/forbund-organ.png`, fullPage: true });

  await page.goto(`${base}/anvandare/ny`);
  await page.getByLabel('E-postadress').fill('chef@finnveden.se');
  await page.getByLabel('Namn').fill('Karin Chef');
  await page.getByLabel('Roll').selectOption({ label: 'Förbundsadministratör' });
  await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Samordningsförbundet Finnveden' });
  await page.getByRole('button', { name: 'Skapa användare' }).click();
  await page.getByText(/Engångslösenord/).waitFor();
  await page.goto(`${base}/anvandare`);
  await page.getByRole('link', { name: 'Karin Chef' }).waitFor();
  await page.screenshot({ path: `${out}/anvandare.png` });
  await page.goto(`${base}/logg`);
  await page
    .getByRole('row', { name: /skapade förbundet/ })
    .first()
    .waitFor();
  await page.screenshot({ path: `${out}/granskningslogg.png` });

  // The participant screens and the report, on the demo data.
  const demo = await loadDemo(ctx.database.db, todayIso());
  const signIn = async (email: string) => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord', { exact: true }).fill(demo.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: /Välkommen/ }).waitFor();
  };
  const openJobbstudion = async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Insatser', exact: true })
      .click();
    await page
      .getByRole('link', { name: /Jobbstudion/ })
      .first()
      .click();
  };
  await signIn('coach.finnveden@demo.insikt.se');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Deltagare' }).click();
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: `${out}/deltagare.png` });
  await openFromMenu(page, 'Deltagare', 'Uppföljningar');
  await page
    .getByRole('link', { name: /Följ upp/ })
    .first()
    .waitFor();
  await page.screenshot({ path: `${out}/uppfoljningar.png` });
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Deltagare' }).click();
  await page.getByRole('link', { name: 'Skriv in deltagare' }).click();
  await page.getByLabel('Deltagar-id').fill('JS-0417');
  await page.getByLabel('Kön').selectOption('kvinna');
  await page.getByLabel('Födelseår').fill('1991');
  await page.getByRole('group', { name: 'Försörjning före' }).getByLabel('Försörjningsstöd').check();
  await page.screenshot({ path: `${out}/deltagare-ny.png`, fullPage: true });
  await signIn('forbundschef.finnveden@demo.insikt.se');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapporter' }).click();
  await page.getByLabel('Gruppera per').selectOption('intervention');
  await page.getByRole('button', { name: 'Visa' }).click();
  await page.getByRole('columnheader', { name: /Jobbstudion/ }).waitFor();
  await page.screenshot({ path: `${out}/rapport.png` });
  await page.getByRole('tab', { name: 'Jämställdhet' }).click();
  await page.getByRole('heading', { name: /Jobbstudion/ }).waitFor();
  await page.getByRole('figure').locator('svg').first().waitFor();
  await page.screenshot({ path: `${out}/jamstalldhet.png` });
  await page.getByRole('tab', { name: 'Före och efter' }).click();
  await page.getByRole('figure').locator('svg').first().waitFor();
  await page.screenshot({ path: `${out}/fore-efter.png`, fullPage: true });
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapporter' }).click();
  await page.getByLabel('Gruppera per').selectOption('national');
  await page.getByRole('button', { name: 'Visa' }).click();
  await page.getByRole('tab', { name: 'Tabell' }).click();
  await page.getByRole('columnheader', { name: /^Riket/ }).waitFor();
  await page.screenshot({ path: `${out}/jamforelse-lan-riket.png` });
  await page.getByRole('tab', { name: 'Över tid' }).click();
  await page
    .getByRole('figure', { name: /per år, kvinnor och män/ })
    .locator('svg')
    .waitFor();
  await page.screenshot({ path: `${out}/over-tid.png`, fullPage: true });
  await openJobbstudion();
  await page.getByRole('tab', { name: 'Nyttoberäkning' }).click();
  await page.getByRole('button', { name: 'Beräkna' }).click();
  await page.getByRole('table', { name: /Resultat per aktör/ }).waitFor();
  await page.getByRole('figure').locator('svg').first().waitFor();
  await page.screenshot({ path: `${out}/nyttoberakning.png`, fullPage: true });
  await signIn('styrelse.finnveden@demo.insikt.se');
  await openJobbstudion();
  await page.getByRole('tab', { name: 'Sammanfattning' }).waitFor();
  await page.screenshot({ path: `${out}/insats-sammanfattning.png`, fullPage: true });
  // Implementation (issue 13 §7): the first demo förbund has a successful insats that was not implemented.
  await signIn('forbundschef.sodravatterbygden@demo.insikt.se');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Insatser', exact: true })
    .click();
  await page.getByRole('link', { name: 'Steg till arbete' }).first().click();
  await page.getByRole('tab', { name: 'Samverkan och implementering' }).click();
  await page.getByRole('heading', { name: /^Status:/ }).waitFor();
  await page.screenshot({ path: `${out}/implementering-insats.png`, fullPage: true });
  const forbund = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`${base}/forbund/${forbund}/utvardering/implementering`);
  await page.getByRole('table', { name: /Avslutade insatser/ }).waitFor();
  await page.getByRole('figure').locator('svg').first().waitFor();
  await page.screenshot({ path: `${out}/implementering-styrelse.png`, fullPage: true });
  // A goal followed up by hand with three years of values (demo-goal-values.ts, decision 0062).
  await page.goto(`${base}/forbund/${forbund}/insatser`);
  await page.getByRole('link', { name: 'Samverkansnätverk och kompetens' }).first().click();
  await page.getByRole('tab', { name: 'Måluppfyllelse' }).click();
  await page.getByRole('region', { name: /Värden för mål 1/ }).waitFor();
  await page.screenshot({ path: `${out}/insats-mal-for-hand.png`, fullPage: true });
  // The theory of change of the first demo förbund's first insats (demo-theory-of-change.ts), as its board sees it.
  await signIn('styrelse.sodravatterbygden@demo.insikt.se');
  await openJobbstudion();
  // The insats page opens the one theory of change that covers the insats.
  await page.getByRole('link', { name: 'Förändringsteori' }).click();
  await page.getByRole('heading', { name: 'Förändringsteori: Jobbstudion' }).waitFor();
  await page.screenshot({ path: `${out}/forandringsteori.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Förändringsmekanismer' }).click();
  await page.screenshot({ path: `${out}/forandringsteori-mekanismer.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Utvärderingsplan' }).click();
  await page.screenshot({ path: `${out}/forandringsteori-plan.png`, fullPage: true });
  await selfAssessmentScreenshots(page, out, signIn);
  // Utvärdering: the first demo förbund's fastställd programme logic and effectiveness, as the board sees them.
  await signIn('styrelse.sodravatterbygden@demo.insikt.se');
  const evaluation = () =>
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utvärdering' }).click();
  await evaluation();
  await page.getByRole('link', { name: 'Mål- och programlogik' }).click();
  await page
    .getByRole('table', { name: /Mål- och programlogik/ })
    .getByText(/Uppfyllt|Uppgift saknas/)
    .first()
    .waitFor();
  await page.screenshot({ path: `${out}/programlogik.png`, fullPage: true });
  await evaluation();
  await page.getByRole('link', { name: 'Organisationens effektivitet' }).click();
  await page.getByRole('figure').locator('svg').first().waitFor();
  await page.screenshot({ path: `${out}/effektivitet.png`, fullPage: true });
  // A draft's evidence, as the förbundschef who writes it sees it (a board member sees no drafts).
  await signIn('forbundschef.sodravatterbygden@demo.insikt.se');
  await evidenceScreenshots(page, out, base, ctx);
  const chef = 'forbundschef.sodravatterbygden@demo.insikt.se';
  await signIn(chef);
  await surveyScreenshots(browser, page, out, base, ctx, {
    email: chef,
    password: demo.password,
    associationId: forbund!,
  });
  await notificationScreenshots(page, out, base, ctx, {
    email: chef,
    password: demo.password,
    associationId: forbund!,
  });
  await deviationScreenshots(browser, page, out, base, ctx, {
    email: chef,
    password: demo.password,
    associationId: forbund!,
  });
  await structuralScreenshots(page, out, base, forbund!);
  await nationalFiguresScreenshots(page, out, base, forbund!);
  await fincalScreenshots(page, out, signIn);
  await allocationScreenshots(page, out, base);
  await signIn(chef);
  await financeScreenshots(page, out, base, forbund!);
  console.log(`Skärmbilder sparade i ${out}`);
} finally {
  await browser.close();
  await ctx.close();
}
