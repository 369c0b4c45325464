import { randomUUID } from 'node:crypto';
import { defaultFinanceEvents, findIdentityNumber, type FinanceCalendarInput, type FinanceEvent } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { invalid, versionConflict } from '../../platform/errors';
import { calendarOf, insertCalendar, updateCalendar } from './finance-calendar.repository';

/**
 * Saves a förbund's cycle as a whole (issue 16 §7). A default left out stays as it was by default (they
 * are turned off, never lost); an own event keeps its id, so its reminder is not sent again, and a new
 * one gets a fresh id. Own names go into e-mails: a personnummer is refused.
 */
export async function saveFinanceCalendar(tx: Tx, actor: Actor, associationId: string, input: FinanceCalendarInput) {
  authorize(actor, 'finance.manage', associationId);
  input.events.forEach((e, i) => {
    if (e.title && findIdentityNumber(e.title))
      throw invalid(
        [{ field: `events.${i}.title`, value: e.title, message: 'Benämningen får inte innehålla ett personnummer.' }],
        `Händelse ${i + 1}: benämningen får inte innehålla ett personnummer.`,
      );
  });
  const before = await calendarOf(tx, associationId);
  if ((before?.version ?? null) !== input.version) throw versionConflict();
  const ownIds = new Set((before?.events ?? []).filter((e) => e.key === null).map((e) => e.id));
  // An id is kept once: two events with one id would share a reminder's key, and one of them go unsent.
  const keep = (id: string | undefined) => (id && ownIds.delete(id) ? id : randomUUID());
  const given = new Map(input.events.filter((e) => e.key !== null).map((e) => [e.key, e]));
  const fields = (e: FinanceCalendarInput['events'][number]) => ({
    month: e.month,
    day: e.day,
    enabled: e.enabled,
    reminderDays: e.reminderDays,
  });
  const events: FinanceEvent[] = [
    ...defaultFinanceEvents().map((d) => {
      const e = given.get(d.key);
      return e ? { ...d, ...fields(e) } : d;
    }),
    ...input.events
      .filter((e) => e.key === null)
      .map((e) => ({
        id: keep(e.id),
        key: null,
        title: e.title,
        ...fields(e),
      })),
  ];
  const row = before
    ? await updateCalendar(tx, associationId, before.version, events)
    : await insertCalendar(tx, associationId, events);
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'finance_calendar.update',
    entityType: 'association',
    entityId: associationId,
    associationId,
    // A förbund without a saved cycle had the defaults: that is the before.
    details: { before: before?.events ?? defaultFinanceEvents(), after: events },
  });
}
