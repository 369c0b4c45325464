import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { addMonths, todayIso } from '@insikt/core';
import { participations } from '../apps/server/src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type TestContext } from '../apps/server/test/harness';
import { expectNoAxeViolations, launchBrowser, newPage, openFromMenu, signIn } from './browser';

/** Issue 12 §8: a coach sees the follow-ups due and records one. */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
let ctx: TestContext;
let browser: Browser;
let base: string;
let coachEmail: string;

beforeAll(async () => {
  ctx = await startTestApp({}, webDist);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  const association = await seedAssociation(ctx, 'Samordningsförbundet Uppföljning');
  const admin = await login(ctx, (await seedUser(ctx, 'association_admin', association.id)).email);
  const coach = await seedUser(ctx, 'participant_officer', association.id, 'coach@uppfoljning.se');
  coachEmail = coach.email;
  const intervention = (
    await call(ctx, admin, 'POST', `/api/v1/associations/${association.id}/interventions`, {
      name: 'Steget',
      kind: 'individual',
      startDate: '2023-01-01',
    })
  ).json<{ id: string }>().id;
  await call(ctx, admin, 'POST', `/api/v1/associations/${association.id}/interventions/${intervention}/staff`, {
    userId: coach.id,
    role: 'participant_officer',
  });
  // Exited six months ago: the 6-month follow-up is due today.
  await call(ctx, admin, 'POST', `/api/v1/associations/${association.id}/participations`, {
    interventionId: intervention,
    consent: true,
    personReference: 'ST-0042',
    gender: 'man',
    birthYear: 1988,
    startDate: '2024-01-15',
    exitDate: addMonths(todayIso(), -6),
    exitReason: 'arbete',
    workHoursAfter: 30,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('follow-ups', () => {
  it('shows a coach the follow-ups due and records one', async () => {
    const page = await newPage(browser);
    await signIn(page, base, coachEmail);
    await openFromMenu(page, 'Deltagare', 'Uppföljningar');
    const row = page.getByRole('row', { name: /ST-0042/ });
    await row.getByRole('cell', { name: '6 månader', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'uppföljningar');
    await row.getByRole('link', { name: /Följ upp/ }).click();
    await page.getByLabel('Datum för uppföljningen').fill(todayIso());
    await page.getByRole('checkbox', { name: 'Arbete' }).check();
    await page.getByLabel('Arbete, timmar per vecka').fill('32');
    await page.getByRole('checkbox', { name: 'Lön (även subventionerad)' }).check();
    await expectNoAxeViolations(page, 'uppföljningsformuläret');
    await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.getByText('Uppföljningen är sparad.').waitFor();
    await page.getByText('Inga uppföljningar att göra just nu.').waitFor();
    const [saved] = await ctx.database.db
      .select()
      .from(participations)
      .where(eq(participations.personReference, 'ST-0042'));
    expect(saved).toMatchObject({
      followUp6mDate: todayIso(),
      followUp6mReached: true,
      followUp6mOccupation: ['arbete'],
      followUp6mWorkHours: 32,
      followUp6m: ['lon'],
    });
  });
});
