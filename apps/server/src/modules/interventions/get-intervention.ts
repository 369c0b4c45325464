import { can, interventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize, authorizeIntervention } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import { findIntervention, listCatalogue, listInterventions as listScoped, staffOf } from './interventions.repository';

/**
 * The association's insatser: whole rows for its own roles, the catalogue (name, kind, period,
 * status, förbund) for a role that may see only that, i.e. the national reader.
 */
export async function listInterventions(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'intervention.catalogue', associationId);
  if (!can(actor.roles, 'intervention.read', associationId)) return listCatalogue(ex, associationId);
  return listScoped(ex, associationId, interventionScope(actor.roles, 'intervention.read', associationId));
}

export async function getIntervention(ex: Executor, actor: Actor, associationId: string, id: string) {
  authorizeIntervention(actor, 'intervention.read', associationId, id);
  const row = await findIntervention(ex, associationId, id);
  if (!row) throw notFound('Insatsen');
  return { ...row, staff: await staffOf(ex, associationId, id) };
}
