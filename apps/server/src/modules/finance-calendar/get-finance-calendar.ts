import { defaultFinanceEvents, inYearOrder, nextOccurrence, daysBetween, todayIso } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { findAssociation } from '../organisation/organisation.repository';
import { calendarOf } from './finance-calendar.repository';

/** A förbund's yearly cycle in the order of the year, each event with its next date (issue 16 §7). */
export async function getFinanceCalendar(ex: Executor, actor: Actor, associationId: string, today = todayIso()) {
  authorize(actor, 'finance.read', associationId);
  const association = await findAssociation(ex, associationId);
  const row = await calendarOf(ex, associationId);
  const events = inYearOrder(row?.events ?? defaultFinanceEvents()).map((e) => {
    const nextDate = nextOccurrence(e, today);
    return { ...e, nextDate, daysLeft: daysBetween(today, nextDate) };
  });
  return {
    associationId,
    associationName: association?.name ?? '',
    today,
    events,
    /** null: the förbund has not saved a cycle and follows the defaults. */
    version: row?.version ?? null,
  };
}
