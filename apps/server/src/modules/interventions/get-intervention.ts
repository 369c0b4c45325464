import { can, interventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize, authorizeIntervention } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import { withAccountsActualCost } from '../finance/insats-actual-cost';
import { findIntervention, listCatalogue, listInterventions as listScoped, staffOf } from './interventions.repository';

/**
 * The association's insatser: whole rows for its own roles, the catalogue (name, kind, period,
 * status, förbund) for a role that may see only that, i.e. the national reader.
 */
export async function listInterventions(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'intervention.catalogue', associationId);
  if (!can(actor.roles, 'intervention.read', associationId)) return listCatalogue(ex, associationId);
  const rows = await listScoped(ex, associationId, interventionScope(actor.roles, 'intervention.read', associationId));
  return withAccountsActualCost(ex, associationId, rows);
}

export async function getIntervention(ex: Executor, actor: Actor, associationId: string, id: string) {
  authorizeIntervention(actor, 'intervention.read', associationId, id);
  const row = await findIntervention(ex, associationId, id);
  if (!row) throw notFound('Insatsen');
  const [withCost] = await withAccountsActualCost(ex, associationId, [row]);
  return { ...withCost!, staff: await staffOf(ex, associationId, id) };
}
