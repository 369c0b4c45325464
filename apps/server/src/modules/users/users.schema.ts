import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    // Null for accounts that only sign in through an external identity provider.
    passwordHash: text('password_hash'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    active: boolean('active').notNull().default(true),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    // A one-time password stops working after this time (decision 0016).
    oneTimePasswordExpiresAt: timestamp('one_time_password_expires_at', { withTimezone: true }),
    // OpenID Connect: (issuer, subject) identifies a person signed in with e-legitimation.
    externalIssuer: text('external_issuer'),
    externalSubject: text('external_subject'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('users_external_identity_uq').on(t.externalIssuer, t.externalSubject)],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('role_assignments_uq').on(t.userId, t.role, t.associationId).nullsNotDistinct(),
    index('role_assignments_association_idx').on(t.associationId),
  ],
);

/**
 * What a person is told about their own account, shown on their account page: e.g. that an
 * association administrator gave them a role (there is no e-mail yet; decision 0016).
 */
export const accountNotices = pgTable(
  'account_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    role: text('role'),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'cascade' }),
    grantedByName: text('granted_by_name'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('account_notices_user_idx').on(t.userId, t.createdAt)],
);
