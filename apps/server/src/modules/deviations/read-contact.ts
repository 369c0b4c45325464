import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { auditPersonalDataRead } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { contactOf, findCase } from './deviations.repository';

/**
 * The reporter's contact details, for the förbund's follow-up questions (issue 15): only the handlers
 * read them, and every read is audited as a read of personal data.
 */
export async function readContact(ex: Executor, actor: Actor, associationId: string, id: string) {
  authorize(actor, 'deviation.handle', associationId);
  if (!(await findCase(ex, associationId, id))) throw notFound('Ärendet');
  const contact = await contactOf(ex, associationId, id);
  await auditPersonalDataRead(ex, actor, 'deviation_contact', [id], associationId);
  return { name: contact?.name ?? '', email: contact?.email ?? '', phone: contact?.phone ?? '' };
}
