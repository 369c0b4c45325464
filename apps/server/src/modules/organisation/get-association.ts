import { can } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope, authorize } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import {
  associationMunicipalitiesOf,
  bodyMembersOf,
  findAssociation,
  listAssociations as listScoped,
  membersOf,
} from './organisation.repository';

export async function getAssociation(ex: Executor, actor: Actor, id: string) {
  authorize(actor, 'association.read', id);
  const association = await findAssociation(ex, id);
  if (!association) throw notFound('Förbundet');
  return {
    ...association,
    municipalities: await associationMunicipalitiesOf(ex, id),
    members: await membersOf(ex, id),
    // Board and office members are named people: only for the förbund's own roles.
    bodyMembers: can(actor.roles, 'association.people', id) ? await bodyMembersOf(ex, id) : [],
  };
}

export async function listAssociations(ex: Executor, actor: Actor) {
  return listScoped(ex, associationScope(actor, 'association.read'));
}
