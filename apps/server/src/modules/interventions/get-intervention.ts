import { interventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize, authorizeIntervention } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import { findIntervention, listInterventions as listScoped, staffOf } from './interventions.repository';

export async function listInterventions(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'intervention.read', associationId);
  return listScoped(ex, associationId, interventionScope(actor.roles, 'intervention.read', associationId));
}

export async function getIntervention(ex: Executor, actor: Actor, associationId: string, id: string) {
  authorizeIntervention(actor, 'intervention.read', associationId, id);
  const row = await findIntervention(ex, associationId, id);
  if (!row) throw notFound('Insatsen');
  return { ...row, staff: await staffOf(ex, associationId, id) };
}
