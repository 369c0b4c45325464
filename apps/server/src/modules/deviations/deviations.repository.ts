import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { OPEN_DEVIATION_STATUSES, type InterventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { bodyMeetings, interventions, members } from '../../db/schema';
import { minuteOf } from '../../platform/rate-window';
import {
  deviationContacts,
  deviationEvents,
  deviationRateLimits,
  deviations,
  deviationSettings,
} from './deviations.schema';

export type DeviationRow = typeof deviations.$inferSelect;
export type DeviationSettingsRow = typeof deviationSettings.$inferSelect;

/** A report link's token: 128 random bits, URL-safe. */
export const newReportToken = () => randomBytes(16).toString('base64url');

/** The förbund's settings, made on first use with the link off and the publication for signed-in users only. */
export async function settingsOf(ex: Executor, associationId: string): Promise<DeviationSettingsRow> {
  await ex.insert(deviationSettings).values({ associationId, reportToken: newReportToken() }).onConflictDoNothing();
  const [row] = await ex.select().from(deviationSettings).where(eq(deviationSettings.associationId, associationId));
  return row!;
}

export async function settingsByToken(ex: Executor, token: string) {
  const [row] = await ex.select().from(deviationSettings).where(eq(deviationSettings.reportToken, token));
  return row;
}

export async function publicationSettings(ex: Executor, associationId: string) {
  const [row] = await ex
    .select({ publicationPublic: deviationSettings.publicationPublic })
    .from(deviationSettings)
    .where(eq(deviationSettings.associationId, associationId));
  return row;
}

export async function writeSettings(
  ex: Executor,
  associationId: string,
  version: number,
  values: Partial<Pick<DeviationSettingsRow, 'reportToken' | 'reportLinkEnabled' | 'publicationPublic'>>,
) {
  const [row] = await ex
    .update(deviationSettings)
    .set({ ...values, version: sql`${deviationSettings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(deviationSettings.associationId, associationId), eq(deviationSettings.version, version)))
    .returning();
  return row;
}

/**
 * Counts one report on a förbund's link in the current minute and returns the minute's reports so
 * far: one upsert, so every app server counts the same; earlier minutes are deleted as a minute starts.
 */
export async function countReportAttempt(ex: Executor, associationId: string, now = new Date()): Promise<number> {
  const windowStart = minuteOf(now);
  const [row] = await ex
    .insert(deviationRateLimits)
    .values({ associationId, windowStart, attempts: 1 })
    .onConflictDoUpdate({
      target: [deviationRateLimits.associationId, deviationRateLimits.windowStart],
      set: { attempts: sql`${deviationRateLimits.attempts} + 1` },
    })
    .returning({ attempts: deviationRateLimits.attempts });
  if (row!.attempts === 1) await ex.delete(deviationRateLimits).where(lt(deviationRateLimits.windowStart, windowStart));
  return row!.attempts;
}

type NewCase = Omit<typeof deviations.$inferInsert, 'id' | 'number'>;

/**
 * Stores a case with the förbund's next number. Reports to one förbund are serialised until the
 * transaction ends: two at once read the same highest number, and the unique key then failed the
 * second report with a 500 (PostgreSQL; decision 0048).
 */
export async function insertCase(ex: Executor, values: NewCase): Promise<DeviationRow> {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`deviation_number:${values.associationId}`}))`);
  const [row] = await ex
    .insert(deviations)
    .values({
      ...values,
      number: sql`(select coalesce(max(${deviations.number}), 0) + 1 from ${deviations} where ${deviations.associationId} = ${values.associationId})`,
    })
    .returning();
  return row!;
}

export async function insertContact(ex: Executor, values: typeof deviationContacts.$inferInsert) {
  await ex.insert(deviationContacts).values(values);
}

export async function contactOf(ex: Executor, associationId: string, deviationId: string) {
  const [row] = await ex
    .select()
    .from(deviationContacts)
    .where(and(eq(deviationContacts.associationId, associationId), eq(deviationContacts.deviationId, deviationId)));
  return row;
}

/** Deletes a case's contact details; whether there were any. */
export async function eraseContact(ex: Executor, associationId: string, deviationId: string): Promise<boolean> {
  const rows = await ex
    .delete(deviationContacts)
    .where(and(eq(deviationContacts.associationId, associationId), eq(deviationContacts.deviationId, deviationId)))
    .returning({ id: deviationContacts.deviationId });
  return rows.length > 0;
}

/** Whether each case has contact details, without reading them. */
export async function casesWithContact(ex: Executor, associationId: string): Promise<Set<string>> {
  const rows = await ex
    .select({ id: deviationContacts.deviationId })
    .from(deviationContacts)
    .where(
      and(
        eq(deviationContacts.associationId, associationId),
        or(
          sql`${deviationContacts.name} <> ''`,
          sql`${deviationContacts.email} <> ''`,
          sql`${deviationContacts.phone} <> ''`,
        ),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** The cases of a förbund an actor may read: all, or those about the actor's insatser. */
export async function listCases(ex: Executor, associationId: string, scope: InterventionScope) {
  if (scope.kind === 'some' && scope.ids.length === 0) return [];
  return ex
    .select()
    .from(deviations)
    .where(
      and(
        eq(deviations.associationId, associationId),
        scope.kind === 'some' ? inArray(deviations.interventionId, scope.ids) : undefined,
      ),
    )
    .orderBy(desc(deviations.number));
}

export async function findCase(ex: Executor, associationId: string, id: string) {
  const [row] = await ex
    .select()
    .from(deviations)
    .where(and(eq(deviations.associationId, associationId), eq(deviations.id, id)));
  return row;
}

/** Writes a case if `version` is still the stored one; undefined when it is not (409). */
export async function writeCase(
  ex: Executor,
  associationId: string,
  id: string,
  version: number,
  values: Partial<Omit<DeviationRow, 'id' | 'associationId' | 'number' | 'version' | 'updatedAt'>>,
) {
  const [row] = await ex
    .update(deviations)
    .set({ ...values, version: sql`${deviations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(deviations.associationId, associationId), eq(deviations.id, id), eq(deviations.version, version)))
    .returning();
  return row;
}

export async function insertEvent(ex: Executor, values: typeof deviationEvents.$inferInsert) {
  await ex.insert(deviationEvents).values(values);
}

export async function eventsOf(ex: Executor, associationId: string, deviationId: string) {
  return ex
    .select()
    .from(deviationEvents)
    .where(and(eq(deviationEvents.associationId, associationId), eq(deviationEvents.deviationId, deviationId)))
    .orderBy(asc(deviationEvents.at));
}

/** The published cases of a förbund, newest first. */
export async function publishedCases(ex: Executor, associationId: string) {
  return ex
    .select()
    .from(deviations)
    .where(and(eq(deviations.associationId, associationId), eq(deviations.status, 'published')))
    .orderBy(desc(deviations.publishedOn), desc(deviations.number));
}

/** The cases received within [from, to] that the statistics count, scoped like the list. */
export async function casesReceived(
  ex: Executor,
  associationId: string,
  scope: InterventionScope,
  from: string,
  to: string,
) {
  if (scope.kind === 'some' && scope.ids.length === 0) return [];
  return ex
    .select({
      id: deviations.id,
      receivedOn: deviations.receivedOn,
      answeredOn: deviations.answeredOn,
      status: deviations.status,
      memberIds: deviations.memberIds,
      ownOrganisation: deviations.ownOrganisation,
      type: deviations.type,
      interventionId: deviations.interventionId,
      resolution: deviations.resolution,
    })
    .from(deviations)
    .where(
      and(
        eq(deviations.associationId, associationId),
        gte(deviations.receivedOn, from),
        lte(deviations.receivedOn, to),
        scope.kind === 'some' ? inArray(deviations.interventionId, scope.ids) : undefined,
      ),
    );
}

/** The meeting dates of a förbund's bodies, ascending. */
export async function meetingsOf(ex: Executor, associationId: string) {
  return ex
    .select()
    .from(bodyMeetings)
    .where(eq(bodyMeetings.associationId, associationId))
    .orderBy(asc(bodyMeetings.date));
}

/** Names of the förbund's members and insatser, to show a case's parties and insats. */
export async function namesOf(ex: Executor, associationId: string) {
  const [memberRows, interventionRows] = await Promise.all([
    ex
      .select({ id: members.id, name: members.name, kind: members.kind })
      .from(members)
      .where(eq(members.associationId, associationId))
      .orderBy(asc(members.name)),
    ex
      .select({ id: interventions.id, name: interventions.name })
      .from(interventions)
      .where(eq(interventions.associationId, associationId))
      .orderBy(asc(interventions.name)),
  ]);
  return { members: memberRows, interventions: interventionRows };
}

/**
 * The open cases of every förbund: for the server's reminder job only, which acts for each förbund in
 * turn (deviation-notices.ts). No user's request reaches this.
 */
export async function openCasesOfEveryAssociation(ex: Executor) {
  return ex
    .select()
    .from(deviations)
    .where(inArray(deviations.status, [...OPEN_DEVIATION_STATUSES]));
}
