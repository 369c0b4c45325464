import { and, eq, inArray } from 'drizzle-orm';
import {
  caseDeadline,
  interventionScope,
  isOverdue,
  OPEN_DEVIATION_STATUSES,
  todayIso,
  type InterventionScope,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { roleAssignments, users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import {
  casesWithContact,
  eventsOf,
  findCase,
  listCases,
  meetingsOf,
  type DeviationRow,
} from './deviations.repository';

type Meeting = Awaited<ReturnType<typeof meetingsOf>>[number];

/** The case's deadline and whether it is overdue today (seed 003: 14 days before the body meets). */
export function deadlineOf(row: DeviationRow, meetings: readonly Meeting[], today = todayIso()) {
  const open = OPEN_DEVIATION_STATUSES.includes(row.status);
  const deadline = open
    ? caseDeadline(
        meetings.filter((m) => m.body === row.body).map((m) => m.date),
        row.receivedOn,
        row.status === 'raised' ? row.meetingDate : null,
      )
    : null;
  return { deadline, overdue: isOverdue(deadline, open, today) };
}

/** The insatser whose cases the actor reads in the förbund: all (the förbund) or the actor's own. */
export function caseScope(actor: Actor, associationId: string): InterventionScope {
  authorize(actor, 'deviation.read', associationId);
  return interventionScope(actor.roles, 'deviation.read', associationId);
}

/** A case the actor may read, or 404: an insatsansvarig reads only cases about own insatser. */
export async function authorizeCase(ex: Executor, actor: Actor, associationId: string, id: string) {
  const scope = caseScope(actor, associationId);
  const row = await findCase(ex, associationId, id);
  if (!row || (scope.kind === 'some' && !(row.interventionId && scope.ids.includes(row.interventionId))))
    throw notFound('Ärendet');
  return row;
}

async function handlerNames(ex: Executor, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await ex.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const summary = (row: DeviationRow, meetings: readonly Meeting[], handlers: Map<string, string>, contact: boolean) => ({
  id: row.id,
  number: row.number,
  channel: row.channel,
  occurredOn: row.occurredOn,
  receivedOn: row.receivedOn,
  interventionId: row.interventionId,
  forum: row.forum,
  memberIds: row.memberIds,
  ownOrganisation: row.ownOrganisation,
  type: row.type,
  hinderKind: row.hinderKind,
  status: row.status,
  body: row.body,
  meetingDate: row.meetingDate,
  handlerId: row.handlerId,
  handlerName: row.handlerId ? (handlers.get(row.handlerId) ?? null) : null,
  answeredOn: row.answeredOn,
  publishedOn: row.publishedOn,
  hasContact: contact,
  ...deadlineOf(row, meetings),
  version: row.version,
});

/** The förbund's cases the actor may read, with deadlines and the overdue flag (issue 15 §2). */
export async function listDeviations(ex: Executor, actor: Actor, associationId: string) {
  const scope = caseScope(actor, associationId);
  const rows = await listCases(ex, associationId, scope);
  const meetings = await meetingsOf(ex, associationId);
  const handlers = await handlerNames(
    ex,
    rows.map((r) => r.handlerId),
  );
  const contacts = await casesWithContact(ex, associationId);
  return rows.map((r) => summary(r, meetings, handlers, contacts.has(r.id)));
}

/**
 * One case with its texts, steps and internal comments. The reporter's contact details are not here:
 * they are read on their own, audited (issue 15 §6).
 */
export async function getDeviation(ex: Executor, actor: Actor, associationId: string, id: string) {
  const row = await authorizeCase(ex, actor, associationId, id);
  const events = await eventsOf(ex, associationId, id);
  const meetings = await meetingsOf(ex, associationId);
  const handlers = await handlerNames(ex, [row.handlerId]);
  const contacts = await casesWithContact(ex, associationId);
  return {
    ...summary(row, meetings, handlers, contacts.has(row.id)),
    description: row.description,
    suggestion: row.suggestion,
    answer: row.answer,
    confirmedWarnings: row.confirmedWarnings,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      byName: e.byName,
      at: e.at,
    })),
  };
}

/** The förbund's users who handle cases (its administrators): the choices of "handläggare". */
export async function handlersOf(ex: Executor, associationId: string) {
  const rows = await ex
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(roleAssignments.associationId, associationId), eq(roleAssignments.role, 'association_admin')));
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
