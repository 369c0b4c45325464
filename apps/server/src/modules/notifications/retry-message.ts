import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { findMessage, requeueMessage } from './outbox.repository';

/**
 * Sends a failed message again (e.g. after the recipient's mailbox was fixed). A message about an
 * account itself (no förbund) belongs to the system administrator; another förbund's is not found.
 */
export async function retryMessage(tx: Tx, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'outbox.manage');
  const message = await findMessage(tx, id);
  if (!message) throw notFound('Meddelandet');
  authorize(actor, 'outbox.manage', message.associationId);
  if (!(await requeueMessage(tx, id))) {
    throw conflict(
      message.status === 'sent'
        ? 'Meddelandet är redan skickat.'
        : 'Meddelandet väntar redan på att skickas; bara ett meddelande som inte kunde skickas kan skickas igen.',
    );
  }
  await writeAudit(tx, actor, {
    action: 'outbox.retry',
    entityType: 'email',
    entityId: id,
    associationId: message.associationId,
  });
}
