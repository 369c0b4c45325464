import { sql } from 'drizzle-orm';
import type { BeforeAfterRecord, OutcomeRecord } from '@insikt/core';
import { participations, persons } from '../src/db/schema';
import type { TestContext } from './harness';
import { randomSource } from '../src/modules/demo/random';

/**
 * Inserts outcome records as participations (person keys become persons of the förbund). With
 * several insatser, record i goes to insats i modulo their number, so persons span insatser.
 */
export async function insertRecords(
  ctx: TestContext,
  associationId: string,
  interventionIds: string | readonly string[],
  records: readonly (OutcomeRecord & Partial<Omit<BeforeAfterRecord, 'gender'>>)[],
) {
  const insatser = typeof interventionIds === 'string' ? [interventionIds] : interventionIds;
  const personIds = new Map<string, string>();
  for (const key of new Set(records.map((r) => r.personKey).filter((k): k is string => k !== null))) {
    const [row] = await ctx.database.db
      .insert(persons)
      .values({ associationId, reference: `${insatser.join('+')}:${key}` })
      .returning();
    personIds.set(key, row!.id);
  }
  const rows = records.map((r, i) => ({
    associationId,
    interventionId: insatser[i % insatser.length]!,
    personId: r.personKey ? personIds.get(r.personKey)! : null,
    // Repeated participations of one person need distinct start dates only when in the same insats.
    anonymousKey: r.personKey ? null : `anon-${i}`,
    consent: r.personKey !== null,
    gender: r.gender,
    birthYear: r.birthYear,
    birthDate: r.birthDate,
    startDate: r.startDate,
    exitDate: r.exitDate,
    exitReason: r.exitReason,
    education: r.education,
    publicSupportBefore: r.publicSupportBefore,
    workHoursBefore: r.workHoursBefore,
    studyHoursBefore: r.studyHoursBefore,
    workHoursAfter: r.workHoursAfter,
    studyHoursAfter: r.studyHoursAfter,
    supportBefore: [...(r.supportBefore ?? [])],
    supportAfter: [...(r.supportAfter ?? [])],
    occupationBefore: [...(r.occupationBefore ?? [])],
    occupationAfter: [...(r.occupationAfter ?? [])],
  }));
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await ctx.database.db
      .insert(participations)
      .values(rows.slice(i, i + 500))
      .returning({ id: participations.id });
    ids.push(...inserted.map((r) => r.id));
  }
  // The record keys the server gives these rows (cell key method), for comparing with core.
  const seed = ctx.app.disclosure.recordKeySeed;
  const keys = await ctx.database.db.execute(sql`
    select id::text, (hashtextextended(id::text, ${seed}::bigint) & 255) as rk,
      (hashtextextended(coalesce(person_id, id)::text, ${seed}::bigint) & 255) as pk
    from participations where id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);
  const byId = new Map(
    (keys as unknown as { rows: { id: string; rk: number; pk: number }[] }).rows.map((r) => [r.id, r]),
  );
  return records.map((r, i) => ({
    ...r,
    recordKey: Number(byId.get(ids[i]!)!.rk),
    personRecordKey: Number(byId.get(ids[i]!)!.pk),
  }));
}

/** Deterministic random numbers for test datasets (the demo's generator). */
export const random = (seed: number) => randomSource(seed).next;
