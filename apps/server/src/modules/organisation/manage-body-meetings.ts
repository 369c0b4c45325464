import { and, asc, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/open-db';
import { bodyMeetings } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';

export type MeetingBody = (typeof bodyMeetings.$inferSelect)['body'];

/** The meeting dates of the förbund's board and beredningsgrupp (issue 15 §2: deviation deadlines). */
export async function listBodyMeetings(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'association.read', associationId);
  return ex
    .select({ id: bodyMeetings.id, body: bodyMeetings.body, date: bodyMeetings.date })
    .from(bodyMeetings)
    .where(eq(bodyMeetings.associationId, associationId))
    .orderBy(asc(bodyMeetings.date), asc(bodyMeetings.body));
}

export async function addBodyMeeting(tx: Tx, actor: Actor, associationId: string, body: MeetingBody, date: string) {
  authorize(actor, 'association.update', associationId);
  const [row] = await tx
    .insert(bodyMeetings)
    .values({ associationId, body, date })
    .onConflictDoNothing()
    .returning({ id: bodyMeetings.id, body: bodyMeetings.body, date: bodyMeetings.date });
  if (!row) throw conflict(`Mötet ${date} finns redan.`);
  await writeAudit(tx, actor, {
    action: 'body_meeting.create',
    entityType: 'body_meeting',
    entityId: row.id,
    associationId,
    details: { body, date },
  });
  return row;
}

export async function removeBodyMeeting(tx: Tx, actor: Actor, associationId: string, id: string) {
  authorize(actor, 'association.update', associationId);
  const [row] = await tx
    .delete(bodyMeetings)
    .where(and(eq(bodyMeetings.associationId, associationId), eq(bodyMeetings.id, id)))
    .returning();
  if (!row) throw notFound('Mötet');
  await writeAudit(tx, actor, {
    action: 'body_meeting.delete',
    entityType: 'body_meeting',
    entityId: id,
    associationId,
    details: { body: row.body, date: row.date },
  });
}
