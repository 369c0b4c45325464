import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { surveyCodes, surveyRateLimits, surveyResponses } from '../src/db/schema';
import { seedAssociation, startTestApp, type TestContext } from './harness';
import { freshDistribution, freshSurvey, GOOD_ANSWERS } from './survey-fixtures';

/**
 * Answers arriving at once (a class answering through one QR code; several app servers sharing one
 * PostgreSQL): each is stored once and counted once, and a single-use code is used once.
 */
let ctx: TestContext;
let A: string;

beforeAll(async () => {
  ctx = await startTestApp({ INSIKT_SURVEY_RATE_LIMIT: '5000' });
  A = (await seedAssociation(ctx)).id;
});
afterAll(() => ctx.close());

const post = (token: string, body: object) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/public/surveys/${token}/responses`, payload: body });

describe('concurrent answers', () => {
  it('stores and counts 1 000 answers posted at once exactly once each', async () => {
    const { distribution, links } = await freshDistribution(ctx, await freshSurvey(ctx, A));
    const token = links[0]!.token;
    const startedAt = Date.now();
    const statuses = await Promise.all(Array.from({ length: 1000 }, () => post(token, { answers: GOOD_ANSWERS })));
    const tally = statuses.reduce<Record<number, number>>(
      (t, r) => ({ ...t, [r.statusCode]: (t[r.statusCode] ?? 0) + 1 }),
      {},
    );
    expect(tally).toEqual({ 201: 1000 });
    const stored = await ctx.database.db
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .where(eq(surveyResponses.distributionId, distribution.id));
    expect(stored).toHaveLength(1000);
    expect(new Set(stored.map((s) => s.id)).size).toBe(1000);
    // Every attempt counted by the one upsert; only a minute that ended during the run was cleared.
    const windows = await ctx.database.db
      .select()
      .from(surveyRateLimits)
      .where(eq(surveyRateLimits.linkId, links[0]!.id));
    expect(windows).toHaveLength(1);
    // The run within one minute: the counter holds every attempt.
    if (windows[0]!.windowStart.getTime() <= startedAt) expect(windows[0]!.attempts).toBe(1000);
  }, 600_000);

  it('lets one of twenty answers sent at once with the same code through', async () => {
    const { distribution, links } = await freshDistribution(ctx, await freshSurvey(ctx, A), { usesCodes: true });
    const code = 'KQRS-T234';
    await ctx.database.db.insert(surveyCodes).values({
      associationId: A,
      distributionId: distribution.id,
      codeHash: ctx.app.surveyCodes.hash(links[0]!.id, code),
    });
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => post(links[0]!.token, { answers: GOOD_ANSWERS, code })),
    );
    expect(statuses.map((s) => s.statusCode).sort()).toEqual([201, ...Array(19).fill(409)]);
    const stored = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.distributionId, distribution.id));
    expect(stored).toHaveLength(1);
  }, 120_000);
});
