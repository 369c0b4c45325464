import {
  todayIso,
  transitionProblems,
  type DeviationCommentInput,
  type DeviationTransitionInput,
  type DeviationUpdateInput,
} from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { invalid, notFound, versionConflict } from '../../platform/errors';
import { noticeAnswered } from './deviation-notices';
import { eraseContact, findCase, insertEvent, writeCase } from './deviations.repository';
import { handlersOf } from './get-deviations';

async function caseToHandle(tx: Tx, actor: Actor, associationId: string, id: string) {
  authorize(actor, 'deviation.handle', associationId);
  const row = await findCase(tx, associationId, id);
  if (!row) throw notFound('Ärendet');
  return row;
}

const byName = (actor: Actor) => actor.name || actor.email;

/** Sets the handler, the body whose meetings set the deadline, and the answer text to publish. */
export async function updateDeviation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: DeviationUpdateInput,
) {
  const row = await caseToHandle(tx, actor, associationId, id);
  if (row.version !== input.version) throw versionConflict();
  if (input.handlerId && !(await handlersOf(tx, associationId)).some((h) => h.id === input.handlerId))
    throw invalid([
      {
        field: 'handlerId',
        value: input.handlerId,
        message: 'Handläggaren måste vara förbundsadministratör i förbundet.',
      },
    ]);
  // A published answer is what staff have read: changing it means a new step, not a silent edit.
  if (row.status === 'published' && input.answer !== row.answer)
    throw invalid([{ field: 'answer', message: 'Svaret är publicerat och kan inte ändras.' }]);
  const updated = await writeCase(tx, associationId, id, input.version, {
    handlerId: input.handlerId,
    body: row.status === 'raised' ? row.body : input.body,
    answer: input.answer,
  });
  if (!updated) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'deviation.update',
    entityType: 'deviation',
    entityId: id,
    associationId,
    details: {
      number: row.number,
      handlerId: input.handlerId,
      body: input.body,
      answerChanged: input.answer !== row.answer,
    },
  });
  return updated;
}

/** One step of the case flow (issue 15 §2), stored with who, when and the note. */
export async function transitionDeviation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: DeviationTransitionInput,
) {
  const row = await caseToHandle(tx, actor, associationId, id);
  if (row.version !== input.version) throw versionConflict();
  const problems = transitionProblems({
    from: row.status,
    to: input.to,
    body: input.body,
    meetingDate: input.meetingDate,
    answer: row.answer,
  });
  if (problems.length > 0) throw invalid(problems, problems[0]!.message);
  const today = todayIso();
  const updated = await writeCase(tx, associationId, id, input.version, {
    status: input.to,
    ...(input.to === 'solved_locally' ? { resolution: 'local' as const } : {}),
    ...(input.to === 'raised'
      ? { resolution: 'raised' as const, body: input.body!, meetingDate: input.meetingDate }
      : {}),
    ...(input.to === 'answered' ? { answeredOn: today } : {}),
    ...(input.to === 'published' ? { publishedOn: today } : {}),
  });
  if (!updated) throw versionConflict();
  await insertEvent(tx, {
    deviationId: id,
    associationId,
    kind: 'status',
    fromStatus: row.status,
    toStatus: input.to,
    note: input.note,
    byUserId: actor.userId,
    byName: byName(actor),
  });
  // The contact details served the follow-up questions and the answer e-mail (already in the outbox
  // when the case was answered): once the answer is published they have no purpose left (decision 0048).
  const contactErased = input.to === 'published' && (await eraseContact(tx, associationId, id));
  await writeAudit(tx, actor, {
    action: 'deviation.status',
    entityType: 'deviation',
    entityId: id,
    associationId,
    details: { number: row.number, before: row.status, after: input.to, ...(contactErased && { contactErased }) },
  });
  if (input.to === 'answered') await noticeAnswered(tx, updated);
  return updated;
}

/** An internal comment: for the förbund's handling only, never published. */
export async function commentDeviation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: DeviationCommentInput,
) {
  await caseToHandle(tx, actor, associationId, id);
  await insertEvent(tx, {
    deviationId: id,
    associationId,
    kind: 'comment',
    note: input.text,
    byUserId: actor.userId,
    byName: byName(actor),
  });
  await writeAudit(tx, actor, { action: 'deviation.comment', entityType: 'deviation', entityId: id, associationId });
}
