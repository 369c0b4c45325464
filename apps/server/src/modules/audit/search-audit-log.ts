import type { AuditQuery } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope, authorize } from '../../platform/access-control';
import { searchAuditLog as search } from './audit.repository';

/**
 * The audit log of the associations the actor administers. Entries without an association
 * (logins, system events) are only visible to a system administrator.
 */
export async function searchAuditLog(ex: Executor, actor: Actor, query: AuditQuery) {
  if (query.associationId) authorize(actor, 'audit.read', query.associationId);
  return search(ex, associationScope(actor, 'audit.read'), query);
}
