import { canOnEvaluation, type Permission } from '@insikt/core';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { forbidden, notFound } from '../../platform/errors';
import type { SurveyRow } from './surveys.repository';

/**
 * Whether the actor reaches a survey of these insatser (empty: the whole förbund). Intervention-scoped
 * roles (insatsansvarig, utvärderare) reach surveys of their own insatser only; a förbund-wide survey
 * needs a role covering every insats (issue 14 §6, the same rule as evaluation documents).
 */
export const reachesSurvey = (actor: Actor, permission: Permission, associationId: string, interventionIds: string[]) =>
  canOnEvaluation(actor.roles, permission, associationId, interventionIds);

/**
 * Guards one survey: 404 when the actor may not see it (another förbund, or insatser not theirs),
 * 403 when they see it but `permission` is not theirs for it.
 */
export function authorizeSurvey(
  actor: Actor,
  permission: Permission,
  associationId: string,
  row: SurveyRow | undefined,
): SurveyRow {
  authorize(actor, permission, associationId);
  if (!row || !reachesSurvey(actor, 'survey.read', associationId, row.interventionIds)) throw notFound('Enkäten');
  if (!reachesSurvey(actor, permission, associationId, row.interventionIds)) throw forbidden();
  return row;
}

/**
 * The scope of a new survey or distribution: its insatser must be the förbund's (404 otherwise, as an
 * insats outside the actor's reach); a förbund-wide one is refused (403) to a role that does not
 * cover every insats.
 */
export function authorizeScope(actor: Actor, permission: Permission, associationId: string, interventionIds: string[]) {
  authorize(actor, permission, associationId);
  if (reachesSurvey(actor, permission, associationId, interventionIds)) return;
  if (interventionIds.length > 0) throw notFound('Insatsen');
  throw forbidden();
}
