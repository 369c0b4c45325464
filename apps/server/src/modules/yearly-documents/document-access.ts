import { canOnEvaluation } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { forbidden, notFound } from '../../platform/errors';
import type { DocumentKindSpec } from './document-kind';
import { presentDocument } from './present-document';
import { findDocument } from './yearly-documents.repository';

/** Whether the actor sees the förbund's drafts: only roles covering every insats (issue 13 §8). */
export const canReadDrafts = (actor: Actor, associationId: string) =>
  canOnEvaluation(actor.roles, 'evaluation.draft', associationId, []);

/**
 * Writing or fastställa a förbund-level document: 404 for another förbund, 403 for a role that holds
 * the permission on some insatser only (an insatsansvarig, an utvärderare).
 */
export function assertCanWrite(
  actor: Actor,
  associationId: string,
  permission: 'evaluation.write' | 'evaluation.approve',
): void {
  authorize(actor, permission, associationId);
  if (!canOnEvaluation(actor.roles, permission, associationId, [])) throw forbidden();
}

/** One document as the actor may see it: a draft does not exist for those who read fastställda only. */
export async function readDocument<C>(
  ex: Executor,
  actor: Actor,
  associationId: string,
  spec: DocumentKindSpec<C>,
  id: string,
) {
  authorize(actor, 'evaluation.read', associationId);
  const row = await findDocument(ex, associationId, spec.kind, id);
  if (!row || (row.status === 'draft' && !canReadDrafts(actor, associationId))) throw notFound(spec.label);
  return presentDocument(actor, row, spec.schema.parse(row.content));
}
