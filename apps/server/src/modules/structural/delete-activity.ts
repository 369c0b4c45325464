import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { notFound, versionConflict } from '../../platform/errors';
import { structuralInsats } from './activity-access';
import { auditedActivity } from './save-activity';
import { deleteActivity, findActivity } from './structural.repository';

/** Removes an activity recorded by mistake; the audit log keeps what it held. */
export async function removeActivity(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  id: string,
  version: number,
) {
  await structuralInsats(tx, actor, 'structural.write', associationId, interventionId);
  const before = await findActivity(tx, associationId, interventionId, id);
  if (!before) throw notFound('Aktiviteten');
  if (before.version !== version || !(await deleteActivity(tx, associationId, id, version))) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'structural.activity.delete',
    entityType: 'structural_activity',
    entityId: id,
    associationId,
    details: { interventionId, before: auditedActivity(before) },
  });
}
