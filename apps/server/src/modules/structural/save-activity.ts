import type { ActivityInput, ActivityUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { notFound, versionConflict } from '../../platform/errors';
import { checkOrganisations, presentOnly, structuralInsats } from './activity-access';
import { findActivity, insertActivities, writeActivity, type ActivityRow } from './structural.repository';

/** What the audit log keeps of an activity: everything but its ids (counts only, no one named). */
export const auditedActivity = (a: ActivityRow) => ({
  date: a.date,
  kind: a.kind,
  topic: a.topic,
  hours: a.hours,
  note: a.note,
  attendance: a.attendance,
});

const values = (input: ActivityInput) => ({
  date: input.date,
  kind: input.kind,
  topic: input.topic,
  hours: input.hours,
  note: input.note,
  attendance: presentOnly(input.attendance),
});

/** Records one activity of a structural insats (issue 17 §1). */
export async function createActivity(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  input: ActivityInput,
) {
  await structuralInsats(tx, actor, 'structural.write', associationId, interventionId);
  await checkOrganisations(tx, associationId, input.attendance);
  const [row] = await insertActivities(tx, [{ associationId, interventionId, ...values(input) }]);
  await writeAudit(tx, actor, {
    action: 'structural.activity.create',
    entityType: 'structural_activity',
    entityId: row!.id,
    associationId,
    details: { interventionId, after: auditedActivity(row!) },
  });
  return row!;
}

/** Changes an activity (e.g. who actually came to one occurrence of a series); 409 on a stale version. */
export async function updateActivity(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  id: string,
  input: ActivityUpdateInput,
) {
  await structuralInsats(tx, actor, 'structural.write', associationId, interventionId);
  const before = await findActivity(tx, associationId, interventionId, id);
  if (!before) throw notFound('Aktiviteten');
  if (before.version !== input.version) throw versionConflict();
  await checkOrganisations(tx, associationId, input.attendance);
  const after = await writeActivity(tx, associationId, id, input.version, values(input));
  if (!after) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'structural.activity.update',
    entityType: 'structural_activity',
    entityId: id,
    associationId,
    details: { interventionId, before: auditedActivity(before), after: auditedActivity(after) },
  });
  return after;
}
