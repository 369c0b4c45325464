import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { notFound, versionConflict } from '../../platform/errors';
import { structuralInsats } from './activity-access';
import { deleteActualisation, findActualisation } from './actualisations.repository';
import { auditedActualisation } from './save-actualisation';

/** Removes an aktualisering recorded by mistake; the audit log keeps what it held. */
export async function removeActualisation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  id: string,
  version: number,
) {
  await structuralInsats(tx, actor, 'structural.write', associationId, interventionId, 'Aktualiseringar');
  const before = await findActualisation(tx, associationId, interventionId, id);
  if (!before) throw notFound('Aktualiseringen');
  if (before.version !== version || !(await deleteActualisation(tx, associationId, id, version)))
    throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'structural.actualisation.delete',
    entityType: 'structural_actualisation',
    entityId: id,
    associationId,
    details: { interventionId, before: auditedActualisation(before) },
  });
}
