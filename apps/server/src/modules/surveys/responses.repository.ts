import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { minuteOf } from '../../platform/rate-window';
import type { Answers, RespondentGroup, ResponseMode } from '@insikt/core';
import type { Db, Executor } from '../../db/open-db';
import {
  surveyCodes,
  surveyDistributions,
  surveyLinks,
  surveyRateLimits,
  surveyResponses,
  surveys,
} from '../../db/schema';

/** One stored answer as the results are computed from it (survey-results' input shape). */
export interface StoredResponse {
  distributionId: string;
  group: RespondentGroup;
  interventionId: string | null;
  /** The year of the day answered. */
  year: number;
  mode: ResponseMode;
  recordKey: number;
  answers: Answers;
}

/**
 * The answers of a set of distributions of the förbund, with what results are split by. Ordered by
 * the random id, so the order tells nothing about when anyone answered.
 */
export async function responsesOf(
  ex: Executor,
  associationId: string,
  distributionIds: string[],
): Promise<StoredResponse[]> {
  if (distributionIds.length === 0) return [];
  const rows = await ex
    .select({
      distributionId: surveyResponses.distributionId,
      group: surveyDistributions.respondentGroup,
      interventionId: surveyResponses.interventionId,
      answeredOn: surveyResponses.answeredOn,
      mode: surveyResponses.mode,
      recordKey: surveyResponses.recordKey,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .innerJoin(surveyDistributions, eq(surveyDistributions.id, surveyResponses.distributionId))
    .where(
      and(eq(surveyResponses.associationId, associationId), inArray(surveyResponses.distributionId, distributionIds)),
    )
    .orderBy(surveyResponses.id);
  return rows.map(({ answeredOn, ...r }) => ({ ...r, year: Number(answeredOn.slice(0, 4)) }));
}

export type NewResponse = typeof surveyResponses.$inferInsert;

/**
 * Locks a distribution's row and its survey's for share, and reads what an answer depends on: answers
 * never wait for each other, but a wording change or a close waits for them (and they for it).
 */
export async function lockForAnswer(ex: Executor, distributionId: string) {
  const [row] = await ex
    .select({
      opensOn: surveyDistributions.opensOn,
      closesOn: surveyDistributions.closesOn,
      closedEarly: surveyDistributions.closedEarly,
      surveyVersion: surveys.version,
    })
    .from(surveyDistributions)
    .innerJoin(surveys, eq(surveys.id, surveyDistributions.surveyId))
    .where(eq(surveyDistributions.id, distributionId))
    .for('share');
  return row;
}

/** Stores one answer. Returns nothing: not even the caller learns the row's id. */
export async function insertResponse(ex: Executor, row: NewResponse): Promise<void> {
  await ex.insert(surveyResponses).values(row);
}

/** A link by its token, with its distribution and the survey's questionnaire. */
export async function findLinkByToken(ex: Executor, token: string) {
  const [row] = await ex
    .select({
      link: surveyLinks,
      distribution: surveyDistributions,
      questionnaire: surveys.questionnaire,
      surveyVersion: surveys.version,
    })
    .from(surveyLinks)
    .innerJoin(surveyDistributions, eq(surveyDistributions.id, surveyLinks.distributionId))
    .innerJoin(surveys, eq(surveys.id, surveyDistributions.surveyId))
    .where(eq(surveyLinks.token, token));
  return row;
}

/**
 * Marks a code used, if it is unused: one statement, so two answers with the same code cannot both
 * pass. Returns 'used' (this call used it), 'already_used' or 'unknown'.
 */
export async function useCode(ex: Executor, distributionId: string, codeHash: string) {
  const updated = await ex
    .update(surveyCodes)
    .set({ used: true })
    .where(
      and(
        eq(surveyCodes.distributionId, distributionId),
        eq(surveyCodes.codeHash, codeHash),
        eq(surveyCodes.used, false),
      ),
    )
    .returning({ used: surveyCodes.used });
  if (updated.length > 0) return 'used' as const;
  const [existing] = await ex
    .select({ used: surveyCodes.used })
    .from(surveyCodes)
    .where(and(eq(surveyCodes.distributionId, distributionId), eq(surveyCodes.codeHash, codeHash)));
  return existing ? ('already_used' as const) : ('unknown' as const);
}

/** Stores new codes' hashes; returns how many were new (a collision is simply not stored). */
export async function insertCodes(ex: Executor, associationId: string, distributionId: string, hashes: string[]) {
  if (hashes.length === 0) return 0;
  const rows = await ex
    .insert(surveyCodes)
    .values(hashes.map((codeHash) => ({ associationId, distributionId, codeHash })))
    .onConflictDoNothing()
    .returning({ codeHash: surveyCodes.codeHash });
  return rows.length;
}

/**
 * Deletes every link's windows before the current minute. A window left behind would keep the
 * minute of a link's last answer for as long as no one used that link again: with one answer that
 * day, the minute it was given (issue 14 §3: nothing finer than the day).
 */
export async function purgeRateLimits(ex: Executor, now = new Date()): Promise<void> {
  await ex.delete(surveyRateLimits).where(lt(surveyRateLimits.windowStart, minuteOf(now)));
}

/**
 * Counts one attempt on a link in the current minute and returns the minute's attempts so far. One
 * upsert, so concurrent attempts on several app servers are all counted; earlier minutes of all links
 * are deleted as a minute starts (and hourly by the server), so the table keeps no time of an answer.
 */
export async function countAttempt(ex: Executor, linkId: string, now = new Date()): Promise<number> {
  const windowStart = minuteOf(now);
  const [row] = await ex
    .insert(surveyRateLimits)
    .values({ linkId, windowStart, attempts: 1 })
    .onConflictDoUpdate({
      target: [surveyRateLimits.linkId, surveyRateLimits.windowStart],
      set: { attempts: sql`${surveyRateLimits.attempts} + 1` },
    })
    .returning({ attempts: surveyRateLimits.attempts });
  // The first attempt of a link's minute clears every earlier minute, of this link and all others.
  if (row!.attempts === 1) await purgeRateLimits(ex, now);
  return row!.attempts;
}

/**
 * Rewrites every stored answer and every used code in one transaction, in the order of their random
 * ids and hashes. PostgreSQL keeps in each row the transaction that wrote it (`xmin`) and its place
 * in the table (`ctid`): until rewritten, an answer shares its transaction with the code it used and
 * with a staff entry's audit row, and the rows lie in the order they came in. After this, all share
 * one transaction and lie in an order unrelated to time (decision 0038). Run hourly by the server.
 * Each move is one statement, so an answer stored meanwhile is either moved or left as it is.
 */
export async function reshuffleAnswers(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`with moved as (delete from ${surveyResponses} returning *)
      insert into ${surveyResponses} select * from moved order by id`);
    await tx.execute(sql`with moved as (delete from ${surveyCodes} where used returning *)
      insert into ${surveyCodes} select * from moved order by code_hash`);
  });
}
