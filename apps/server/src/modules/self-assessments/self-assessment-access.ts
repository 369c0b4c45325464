import { canOnEvaluation, type Permission } from '@insikt/core';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { forbidden, notFound } from '../../platform/errors';
import type { Executor } from '../../db/open-db';
import { approvedIsReadOnly } from './self-assessment-errors';
import { findAssessment, type SelfAssessmentRow } from './self-assessments.repository';

const scopeOf = (row: Pick<SelfAssessmentRow, 'interventionId'>) => (row.interventionId ? [row.interventionId] : []);

/**
 * Whether the actor may see this edition: its scope must be within the actor's reach, and a draft
 * only for the roles that work on drafts (readers see fastställda documents only, issue 13 §8).
 */
export function canSee(actor: Actor, row: Pick<SelfAssessmentRow, 'associationId' | 'interventionId' | 'status'>) {
  const scope = scopeOf(row);
  return (
    canOnEvaluation(actor.roles, 'evaluation.read', row.associationId, scope) &&
    (row.status === 'approved' || canOnEvaluation(actor.roles, 'evaluation.draft', row.associationId, scope))
  );
}

/**
 * Guards one edition: 404 when the actor may not see it (a draft does not exist for a reader, nor
 * another insats's niofält for an insatsansvarig), 403 when seen but `permission` is not theirs.
 */
export function authorizeAssessment(
  actor: Actor,
  permission: Permission,
  row: SelfAssessmentRow | undefined,
  associationId: string,
): SelfAssessmentRow {
  authorize(actor, permission, associationId);
  if (!row || !canSee(actor, row)) throw notFound('Självvärderingen');
  if (!canOnEvaluation(actor.roles, permission, associationId, scopeOf(row))) throw forbidden();
  return row;
}

/** A draft the actor may change with `permission`; a fastställd edition is read-only (409). */
export async function editableDraft(
  ex: Executor,
  actor: Actor,
  permission: Permission,
  associationId: string,
  id: string,
): Promise<SelfAssessmentRow> {
  const row = authorizeAssessment(actor, permission, await findAssessment(ex, associationId, id), associationId);
  if (row.status !== 'draft') throw approvedIsReadOnly();
  return row;
}
