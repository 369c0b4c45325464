import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { revokeSession } from '../../platform/sessions';

export async function logout(tx: Tx, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  await revokeSession(tx, actor.sessionId);
  await writeAudit(tx, actor, { action: 'auth.logout', entityType: 'session', entityId: actor.sessionId });
}
