import { IMPLEMENTATION_BARRIERS, type ImplementationRecordInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { invalid, versionConflict, type FieldIssue } from '../../platform/errors';
import { authorizeRecord } from './get-implementation';
import { memberIdsOf, writeRecord } from './implementation.repository';

/** Every member a record names must be one of the förbund's own members. */
export async function checkMembers(tx: Tx, associationId: string, named: { field: string; id: string | null }[]) {
  const own = await memberIdsOf(tx, associationId);
  const issues: FieldIssue[] = named
    .filter((n): n is { field: string; id: string } => n.id !== null && !own.has(n.id))
    .map((n) => ({ field: n.field, value: n.id, message: 'Parten är inte medlem i förbundet.' }));
  if (issues.length > 0) throw invalid(issues, 'En vald part är inte medlem i förbundet.');
}

const columns = (input: ImplementationRecordInput) => ({
  gapType: input.gapType,
  collaborationForm: input.collaborationForm,
  interventionForm: input.interventionForm,
  receivingMemberId: input.receivingMemberId,
  namedReceiver: input.namedReceiver,
  implementationGoal: input.implementationGoal,
  financingPlan: input.financingPlan,
  financingFrom: input.financingFrom,
  decisions: input.decisions,
  // In the code list's order, whatever order they were ticked in: records compare and read alike.
  barriers: IMPLEMENTATION_BARRIERS.filter((b) => input.barriers.includes(b)),
  barrierOther: input.barriers.includes('other') ? input.barrierOther : '',
});

/**
 * Saves an insats's record (all but its status). Version 0 creates it; a stale version, or a second
 * create racing the first, is refused with 409 rather than overwriting someone's change.
 */
export async function saveImplementation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  input: ImplementationRecordInput,
) {
  await authorizeRecord(tx, actor, 'evaluation.write', associationId, interventionId);
  await checkMembers(tx, associationId, [
    { field: 'receivingMemberId', id: input.receivingMemberId },
    ...input.decisions.map((d, i) => ({ field: `decisions.${i}.memberId`, id: d.memberId })),
  ]);
  const row = await writeRecord(tx, associationId, interventionId, input.version, columns(input));
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'implementation.update',
    entityType: 'intervention',
    entityId: interventionId,
    associationId,
    details: {
      gapType: input.gapType,
      collaborationForm: input.collaborationForm,
      decisions: input.decisions.length,
      // In the code list's order, whatever order they were ticked in: records compare and read alike.
      barriers: IMPLEMENTATION_BARRIERS.filter((b) => input.barriers.includes(b)),
    },
  });
  return row;
}
