import type { ActualisationInput, ActualisationUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { notFound, versionConflict } from '../../platform/errors';
import { structuralInsats } from './activity-access';
import { checkLink, checkParty } from './actualisation-access';
import {
  findActualisation,
  insertActualisation,
  writeActualisation,
  type ActualisationRow,
} from './actualisations.repository';

/** What the audit log keeps of an aktualisering: everything but its ids (no one is named). */
export const auditedActualisation = (a: ActualisationRow) => ({
  date: a.date,
  raisedBy: a.raisedBy,
  gender: a.gender,
  decision: a.decision,
  referredTo: a.referredTo,
  participationId: a.participationId,
});

const values = (input: ActualisationInput, participationId: string | null) => ({
  date: input.date,
  raisedBy: input.raisedBy,
  gender: input.gender,
  decision: input.decision,
  // "Hänvisad till" belongs to a referral only; a changed decision leaves no stale text behind.
  referredTo: input.decision === 'hanvisad' ? input.referredTo : '',
  participationId,
});

/** Records a case raised to the joint team of a structural insats (issue 17 §2). */
export async function createActualisation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  input: ActualisationInput,
) {
  await structuralInsats(tx, actor, 'structural.write', associationId, interventionId, 'Aktualiseringar');
  await checkParty(tx, associationId, input.raisedBy);
  const link = input.participationId ?? null;
  await checkLink(tx, actor, associationId, link, null);
  const row = await insertActualisation(tx, { associationId, interventionId, ...values(input, link) });
  await writeAudit(tx, actor, {
    action: 'structural.actualisation.create',
    entityType: 'structural_actualisation',
    entityId: row.id,
    associationId,
    details: { interventionId, after: auditedActualisation(row) },
  });
  return row;
}

/**
 * Changes an aktualisering (the decision, the link once the person is enrolled); 409 on a stale
 * version. Without `participationId` the link stays as it is: one who may not see it keeps it.
 */
export async function updateActualisation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  id: string,
  input: ActualisationUpdateInput,
) {
  await structuralInsats(tx, actor, 'structural.write', associationId, interventionId, 'Aktualiseringar');
  const before = await findActualisation(tx, associationId, interventionId, id);
  if (!before) throw notFound('Aktualiseringen');
  if (before.version !== input.version) throw versionConflict();
  await checkParty(tx, associationId, input.raisedBy);
  const link = input.participationId === undefined ? before.participationId : input.participationId;
  await checkLink(tx, actor, associationId, link, before.participationId);
  const after = await writeActualisation(tx, associationId, id, input.version, values(input, link));
  if (!after) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'structural.actualisation.update',
    entityType: 'structural_actualisation',
    entityId: id,
    associationId,
    details: { interventionId, before: auditedActualisation(before), after: auditedActualisation(after) },
  });
  return after;
}
