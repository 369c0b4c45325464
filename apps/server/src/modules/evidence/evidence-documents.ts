import { canOnEvaluation, type DocumentStatus, type EvidenceDocumentKind, type Permission } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { selfAssessmentForEvidence } from '../self-assessments/self-assessment-evidence';

/** What the store needs of the document evidence is attached to; its module answers it. */
export interface EvidenceDocument {
  associationId: string;
  /** Empty for a förbund-level document. */
  interventionIds: string[];
  status: DocumentStatus;
  year: number;
  /** The document's name in messages, e.g. "Självvärderingen". */
  title: string;
}

type Resolver = (
  ex: Executor,
  associationId: string,
  id: string,
  lock: boolean,
) => Promise<EvidenceDocument | undefined>;

/**
 * The registry: each kind of evaluation document names the function that describes one of its
 * documents. A module that wants evidence (programme logic, theory of change) adds one line here.
 */
const resolverOf = (kind: EvidenceDocumentKind): Resolver => ({ self_assessment: selfAssessmentForEvidence })[kind];

/**
 * The document, if the actor may use it with `permission`: 404 when they may not see it (a draft
 * does not exist for a reader, nor another insats's document for an insatsansvarig), 403 when they
 * see it but `permission` is not theirs there. The same rules as the documents themselves.
 */
export async function authorizeDocument(
  ex: Executor,
  actor: Actor,
  permission: Permission,
  associationId: string,
  kind: EvidenceDocumentKind,
  documentId: string,
): Promise<EvidenceDocument> {
  authorize(actor, permission, associationId);
  // A change locks the document's row, so it cannot cross a fastställande (which locks it too).
  const document = await resolverOf(kind)(ex, associationId, documentId, permission !== 'evaluation.read');
  const scope = document?.interventionIds ?? [];
  const seen =
    document &&
    canOnEvaluation(actor.roles, 'evaluation.read', associationId, scope) &&
    (document.status === 'approved' || canOnEvaluation(actor.roles, 'evaluation.draft', associationId, scope));
  if (!document || !seen) throw notFound('Dokumentet');
  if (!canOnEvaluation(actor.roles, permission, associationId, scope)) throw forbidden();
  return document;
}

/** A fastställd document's evidence is part of the decision: it is neither added to nor removed. */
export function assertDraft(document: EvidenceDocument) {
  if (document.status !== 'draft')
    throw conflict(
      `${document.title} är fastställd och dess underlag kan inte ändras. Starta en ny version för att ändra underlaget.`,
    );
}
