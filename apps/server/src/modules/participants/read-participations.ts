import { interventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize, authorizeIntervention } from '../../platform/access-control';
import { auditPersonalDataRead } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import {
  findParticipation,
  listParticipations as listScoped,
  participationsOfPerson,
  type ParticipationFilter,
} from './participants.repository';

async function readParticipation(ex: Executor, actor: Actor, associationId: string, id: string) {
  authorize(actor, 'participant.read', associationId);
  const whole = interventionScope(actor.roles, 'participant.read', associationId).kind === 'all';
  const row = await findParticipation(ex, associationId, id, whole);
  if (!row) throw notFound('Deltagaren');
  authorizeIntervention(actor, 'participant.read', associationId, row.interventionId);
  await auditPersonalDataRead(ex, actor, 'participation', [id], associationId);
  const { anonymousKey: _key, ...visible } = row;
  return { row: visible, whole };
}

/**
 * One participation record; the read is audited (personal data). An insats-bound role gets no
 * person id, which would tie the record to the person's enrolments in insatser it may not see.
 */
export async function getParticipation(ex: Executor, actor: Actor, associationId: string, id: string) {
  const { row, whole } = await readParticipation(ex, actor, associationId, id);
  return whole ? row : { ...row, personId: null };
}

/** Search and list; every listed record counts as read. */
export async function listParticipations(
  ex: Executor,
  actor: Actor,
  associationId: string,
  filter: ParticipationFilter,
) {
  authorize(actor, 'participant.read', associationId);
  if (filter.interventionId) authorizeIntervention(actor, 'participant.read', associationId, filter.interventionId);
  const result = await listScoped(
    ex,
    associationId,
    interventionScope(actor.roles, 'participant.read', associationId),
    filter,
  );
  await auditPersonalDataRead(
    ex,
    actor,
    'participation',
    result.rows.map((r) => r.id),
    associationId,
  );
  return result;
}

/** A person's participations across the association's insatser, limited to what the actor may see. */
export async function personHistory(ex: Executor, actor: Actor, associationId: string, participationId: string) {
  const { row } = await readParticipation(ex, actor, associationId, participationId);
  if (!row.personId) return [];
  const scope = interventionScope(actor.roles, 'participant.read', associationId);
  const all = await participationsOfPerson(ex, associationId, row.personId);
  const visible = scope.kind === 'all' ? all : all.filter((p) => scope.ids.includes(p.interventionId));
  await auditPersonalDataRead(
    ex,
    actor,
    'participation',
    visible.map((p) => p.id),
    associationId,
  );
  return visible;
}
