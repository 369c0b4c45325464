import type { ApprovalInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { freezeDocumentEvidence } from '../evidence/freeze-evidence';
import { versionConflict } from '../../platform/errors';
import { editableDraft } from './self-assessment-access';
import { selfAssessmentForEvidence } from './self-assessment-evidence';
import { updateDraft } from './self-assessments.repository';

/**
 * Fastställer a draft: records who, when and the board decision's reference (seed 004: decided by
 * the board); from then on the edition is read-only. Anything that must be frozen with the
 * decision (evidence, issue 13 §2) belongs in this transaction.
 */
export async function approveSelfAssessment(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: ApprovalInput,
  disclosure: Disclosure,
) {
  const row = await editableDraft(tx, actor, 'evaluation.approve', associationId, id);
  const document = (await selfAssessmentForEvidence(tx, associationId, id, true))!;
  await freezeDocumentEvidence(tx, actor, 'self_assessment', id, document, disclosure);
  const saved = await updateDraft(tx, associationId, id, input.version, {
    status: 'approved',
    approvedAt: new Date(),
    approvedBy: actor.userId,
    approvedByName: actor.name || actor.email,
    decisionReference: input.decisionReference,
  });
  if (!saved) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'self_assessment.approve',
    entityType: 'self_assessment',
    entityId: id,
    associationId,
    details: { decisionReference: input.decisionReference, year: row.year, edition: row.edition },
  });
  return saved;
}
