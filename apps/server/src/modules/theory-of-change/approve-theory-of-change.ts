import { isEditable, type ApprovalInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { conflict, versionConflict } from '../../platform/errors';
import { loadTheoryOfChange } from './load-theory-of-change';
import { findSuccessor, insertTheoryOfChangeRow, updateTheoryOfChangeRow } from './theory-of-change.repository';

/** Fastställer a draft: records who, when and the decision's reference; the edition is read-only after. */
export async function approveTheoryOfChange(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: ApprovalInput,
) {
  const before = await loadTheoryOfChange(tx, actor, associationId, id, 'evaluation.approve');
  if (!isEditable(before.status)) throw conflict('Förändringsteorin är redan fastställd.');
  const row = await updateTheoryOfChangeRow(tx, associationId, id, input.version, {
    status: 'approved',
    decisionReference: input.decisionReference,
    approvedAt: new Date(),
    approvedBy: actor.userId,
    approvedByName: actor.name || actor.email,
  });
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'theory_of_change.approve',
    entityType: 'theory_of_change',
    entityId: id,
    associationId,
    details: { title: before.title, edition: before.edition, decisionReference: input.decisionReference },
  });
  return row;
}

/** Starts the next edition as a draft copy of a fastställd one; one draft continues an edition at a time. */
export async function startNewVersion(tx: Tx, actor: Actor, associationId: string, id: string) {
  const from = await loadTheoryOfChange(tx, actor, associationId, id, 'evaluation.write');
  if (isEditable(from.status))
    throw conflict('Förändringsteorin är ett utkast: ändra den direkt, en ny version startas från en fastställd.');
  const successor = await findSuccessor(tx, associationId, id);
  if (successor) throw conflict(`Version ${successor.edition} är redan påbörjad från den här förändringsteorin.`);
  const row = await insertTheoryOfChangeRow(tx, {
    associationId,
    title: from.title,
    interventionIds: from.interventionIds,
    content: from.content,
    edition: from.edition + 1,
    previousId: from.id,
  });
  await writeAudit(tx, actor, {
    action: 'theory_of_change.new_version',
    entityType: 'theory_of_change',
    entityId: row.id,
    associationId,
    details: { title: from.title, from: from.id, edition: row.edition },
  });
  return row;
}
