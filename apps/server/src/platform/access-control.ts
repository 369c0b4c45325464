import { can, canInIntervention, scopeFor, type AssociationScope, type Permission } from '@insikt/core';
import type { Actor } from './actor';
import { forbidden, notFound } from './errors';

/**
 * The one place that decides whether an actor may do something. A user without the permission
 * anywhere gets 403; a user who has it elsewhere but not in this association gets 404, so ids
 * of other associations' data reveal nothing (docs/decisions/0004-access-control.md).
 */
export function authorize(actor: Actor, permission: Permission, associationId?: string | null): void {
  if (!can(actor.roles, permission)) throw forbidden();
  if (associationId !== undefined && !can(actor.roles, permission, associationId)) throw notFound();
}

/** The associations whose rows a query may touch for this actor and permission. */
export function associationScope(actor: Actor, permission: Permission): AssociationScope {
  if (!can(actor.roles, permission)) throw forbidden();
  return scopeFor(actor.roles, permission);
}

/**
 * Access to one intervention: 403 without the permission anywhere, 404 outside the actor's
 * associations or assigned interventions (an intervention-scoped role sees only its own).
 */
export function authorizeIntervention(
  actor: Actor,
  permission: Permission,
  associationId: string,
  interventionId: string,
): void {
  authorize(actor, permission, associationId);
  if (!canInIntervention(actor.roles, permission, associationId, interventionId)) throw notFound('Insatsen');
}

/**
 * A person's name (or e-mail address) in an evaluation document (who fastställde it, who attached
 * evidence), as `actor` may see it: it is the förbund's own, so a role without `association.people`
 * there (the national reader) gets null (decision 0016; issue 13 §8).
 */
export function personNameFor(actor: Actor, associationId: string, name: string | null): string | null {
  return can(actor.roles, 'association.people', associationId) ? name : null;
}
