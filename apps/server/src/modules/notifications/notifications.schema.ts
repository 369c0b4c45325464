import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';
import { users } from '../users/users.schema';

/**
 * Outgoing e-mail (decision 0040). A message is written in the same transaction as the event that
 * causes it, so it exists exactly when the event does; a worker delivers it later. Messages hold
 * only what callers render: case numbers, titles and links, never personal data about participants.
 * The body is cleared once the mail server has accepted it.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Null for messages about an account itself (a password link asked for on the login page).
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    // Null when the message goes to an outside address (e.g. a reporter without an account).
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'set null' }),
    recipient: text('recipient').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    // A second enqueue with the same key does nothing: two app servers, or a reminder run twice.
    dedupKey: text('dedup_key').unique(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    // The lease of the worker that is sending the message; another worker takes it only after expiry.
    claimToken: uuid('claim_token'),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('email_outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('email_outbox_association_idx').on(t.associationId, t.createdAt),
  ],
);

/** A user's e-mail language and the notice kinds they have switched off; no row means the defaults. */
export const noticePreferences = pgTable('notice_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  locale: text('locale').notNull().default('sv'),
  disabledKinds: text('disabled_kinds')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  updatedAt: updatedAt(),
});
