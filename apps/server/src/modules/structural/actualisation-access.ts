import { interventionScope, OTHER_ORGANISATION } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { AppError, invalid, notFound } from '../../platform/errors';
import { findLinkable } from './actualisations.repository';
import { memberNames } from './structural.repository';

/**
 * Whether the actor may see (and set) a link to a participation of this insats: personal-data access
 * to it, as the participants module decides (participant.read, per insats for deltagaransvarig).
 */
export function linkReader(actor: Actor, associationId: string) {
  const scope = interventionScope(actor.roles, 'participant.read', associationId);
  return (participationInterventionId: string) =>
    scope.kind === 'all' || scope.ids.includes(participationInterventionId);
}

const noLinkAccess = () =>
  new AppError(
    403,
    'forbidden',
    'Kopplingen till ett deltagande kräver behörighet att läsa deltagarens uppgifter i den insatsen.',
  );

/**
 * Checks a link the actor asks for: a participation of the same förbund (404 for any other, as for
 * every record the actor cannot reach) that the actor may read (403 otherwise). Changing or removing
 * an existing link needs the same access to the participation it pointed to.
 */
export async function checkLink(
  ex: Executor,
  actor: Actor,
  associationId: string,
  wanted: string | null,
  current: string | null,
) {
  if (wanted === current) return;
  const mayRead = linkReader(actor, associationId);
  for (const id of [current, wanted]) {
    if (id === null) continue;
    const participation = await findLinkable(ex, associationId, id);
    if (!participation) {
      if (id === wanted) throw notFound('Deltagandet');
      continue; // removed since: the link is already gone
    }
    if (!mayRead(participation.interventionId)) throw noLinkAccess();
  }
}

/** Refuses a party that is neither a member of the förbund nor "Övriga", naming it. */
export async function checkParty(ex: Executor, associationId: string, raisedBy: string) {
  if (raisedBy === OTHER_ORGANISATION) return;
  const known = (await memberNames(ex, associationId)).some((m) => m.id === raisedBy);
  if (!known) {
    const message = `Organisationen ${raisedBy} är inte medlem i förbundet. Välj en medlem eller Övriga.`;
    throw invalid([{ field: 'raisedBy', value: raisedBy, message }], message);
  }
}
