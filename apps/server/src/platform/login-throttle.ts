import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/open-db';
import { loginThrottle } from '../db/schema';
import { AppError } from './errors';

/** Growing delays after failed password checks (docs/operations.md lists the settings). */
export interface ThrottlePolicy {
  /** Failures in a row before the first delay. */
  freeAttempts: number;
  /** The first delay; each further failure doubles it. */
  firstDelaySeconds: number;
  /** The longest delay. */
  maxDelayMinutes: number;
}

/**
 * Keys: an account by a hash of its e-mail, so an unknown address is throttled exactly like a
 * known one, a client by its address, and a signed-in user's checks of the current password.
 */
export const accountKey = (email: string) => `account:${createHash('sha256').update(email).digest('hex')}`;
export const clientKey = (ip: string | null) => `client:${ip ?? 'unknown'}`;
export const passwordCheckKey = (userId: string) => `password:${userId}`;

/**
 * Reserves one password check under `key` before it is made, in one statement, so parallel
 * guesses cannot outrun the delay: the attempt counts as a failure until `clearFailures`. Returns
 * 0 when the check may be made, else the seconds to wait. A blocked attempt leaves the row as it
 * was (its `updated_at` stays older than this statement, which is how the caller tells).
 */
export async function reserveAttempt(ex: Executor, key: string, policy: ThrottlePolicy): Promise<number> {
  const delay = (failures: ReturnType<typeof sql>) =>
    sql`case when ${failures} >= ${policy.freeAttempts} then now() + least(
      make_interval(secs => ${policy.firstDelaySeconds} * power(2, least(${failures} - ${policy.freeAttempts}, 20))),
      make_interval(mins => ${policy.maxDelayMinutes})) end`;
  const result = (await ex.execute(sql`
    insert into login_throttle as t (key, failures, blocked_until, updated_at)
    values (${key}, 1, ${delay(sql`1`)}, now())
    on conflict (key) do update set
      failures = case when t.blocked_until > now() then t.failures else t.failures + 1 end,
      blocked_until = case when t.blocked_until > now() then t.blocked_until else ${delay(sql`(t.failures + 1)`)} end,
      updated_at = case when t.blocked_until > now() then t.updated_at else now() end
    returning updated_at = now() as counted, ceil(extract(epoch from (blocked_until - now())))::int as wait`)) as unknown as {
    rows: { counted: boolean; wait: number | null }[];
  };
  const row = result.rows[0]!;
  return row.counted ? 0 : Math.max(1, row.wait ?? 1);
}

/** A correct password: the key starts afresh. */
export async function clearFailures(ex: Executor, key: string): Promise<void> {
  await ex.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

export const throttled = (seconds: number) =>
  new AppError(
    429,
    'rate_limited',
    `För många misslyckade försök. Vänta ${seconds < 120 ? `${seconds} sekunder` : `${Math.ceil(seconds / 60)} minuter`} och försök igen.`,
  );
