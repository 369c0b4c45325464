import {
  dueReminders,
  FINANCE_EVENT_EN,
  FINANCE_EVENT_SV,
  todayIso,
  upcomingDeadlines,
  type Deadline,
  type FinanceEvent,
} from '@insikt/core';
import type { Db, Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope } from '../../platform/access-control';
import { enqueueNoticeToHolders } from '../notifications/enqueue';
import { noticeLink } from '../notifications/notice-settings';
import { calendarsIn } from './finance-calendar.repository';

/** How far ahead the start page looks, and how many deadlines it shows. */
export const START_PAGE_DAYS = 60;
export const START_PAGE_LIMIT = 10;

const titleOf = (e: FinanceEvent, locale: 'sv' | 'en') =>
  e.key ? (locale === 'en' ? FINANCE_EVENT_EN : FINANCE_EVENT_SV)[e.key] : e.title!;

/** The start page's next deadlines in every förbund whose economy the actor reads (issue 16 §7). */
export async function nextDeadlines(ex: Executor, actor: Actor, today = todayIso()) {
  const calendars = await calendarsIn(ex, associationScope(actor, 'finance.read'));
  return calendars
    .flatMap((c) =>
      upcomingDeadlines(c.events, today, START_PAGE_DAYS).map((d) => ({
        associationId: c.id,
        associationName: c.name,
        eventId: d.event.id,
        key: d.event.key,
        title: d.event.title,
        date: d.date,
        daysLeft: d.daysLeft,
      })),
    )
    .sort((a, b) => a.daysLeft - b.daysLeft || a.associationName.localeCompare(b.associationName, 'sv'))
    .slice(0, START_PAGE_LIMIT);
}

function render(name: string, d: Deadline, link: string) {
  return (locale: 'sv' | 'en') => {
    const title = titleOf(d.event, locale);
    return locale === 'en'
      ? {
          subject: `${name}: ${title} on ${d.date}`,
          text: `${title}: ${d.date}, in ${d.daysLeft} days.\nAssociation: ${name}\n\nThe financial year cycle: ${link}`,
        }
      : {
          subject: `${name}: ${title} den ${d.date}`,
          text: `${title}: ${d.date}, om ${d.daysLeft} dagar.\nFörbund: ${name}\n\nÅrshjulet för ekonomin: ${link}`,
        };
  };
}

/**
 * Reminds the förbund's finance managers of every enabled deadline within its reminder days (issue 16 §7).
 * Run hourly by the server; the key per förbund, event and date sends each reminder once, however often
 * the job runs and however many app servers run it. One transaction per förbund.
 */
export async function noticeFinanceDeadlines(db: Db, today = todayIso()): Promise<number> {
  let sent = 0;
  for (const c of await calendarsIn(db, { kind: 'all' })) {
    const due = dueReminders(c.events, today);
    if (due.length === 0) continue;
    const link = noticeLink(`/forbund/${c.id}/arshjul`);
    await db.transaction(async (tx) => {
      for (const d of due) {
        sent += await enqueueNoticeToHolders(tx, {
          kind: 'financeDeadline',
          associationId: c.id,
          permission: 'finance.manage',
          dedupKey: `finance-deadline:${c.id}:${d.event.id}:${d.date}`,
          render: render(c.name, d, link),
        });
      }
    });
  }
  return sent;
}
