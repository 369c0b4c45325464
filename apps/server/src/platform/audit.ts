import { auditLog } from '../db/schema';
import type { Executor } from '../db/open-db';
import type { Actor } from './actor';
import { storableJson } from './control-characters';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string | null;
  associationId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends one entry to the audit log. Call it inside the same transaction as the change, so a
 * change is never stored without its entry, nor an entry without its change.
 */
export async function writeAudit(ex: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await ex.insert(auditLog).values(auditRow(actor, entry));
}

/** The audit log row of an entry, for a caller that writes it within its own statement. */
export function auditRow(actor: Actor, entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    userId: actor.userId,
    userEmail: actor.email || null,
    associationId: entry.associationId ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ip: actor.origin.ip,
    userAgent: actor.origin.userAgent?.slice(0, 400) ?? null,
    // Details quote what users typed; jsonb refuses NUL and half surrogate pairs, text does not.
    details: storableJson(entry.details ?? {}) as Record<string, unknown>,
  };
}

/**
 * Records that personal data was read (architecture.md: every read of a participant record is
 * audited). Routes that return personal data declare `config.personalData` and call this.
 */
export async function auditPersonalDataRead(
  ex: Executor,
  actor: Actor,
  entityType: string,
  entityIds: readonly string[],
  associationId: string,
): Promise<void> {
  if (entityIds.length === 0) return;
  await writeAudit(ex, actor, {
    action: 'personal_data.read',
    entityType,
    entityId: entityIds.length === 1 ? entityIds[0]! : null,
    associationId,
    details: entityIds.length === 1 ? {} : { ids: entityIds.slice(0, 1000), count: entityIds.length },
  });
}
