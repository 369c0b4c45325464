import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Append-only: a trigger in the migrations refuses UPDATE and DELETE. No foreign keys, so the
// trail outlives the users and associations it mentions.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    userEmail: text('user_email'),
    associationId: uuid('association_id'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [
    index('audit_log_association_at_idx').on(t.associationId, t.at.desc()),
    index('audit_log_at_idx').on(t.at.desc()),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
  ],
);
