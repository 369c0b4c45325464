import { sql } from 'drizzle-orm';
import type { GoalInput, INTERVENTION_STATUSES, PriceListRow, STAFF_ROLES } from '@insikt/core';
import {
  bigint,
  boolean,
  date,
  foreignKey,
  real,
  smallint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic concurrency: every update must name the version it read (see errors.ts, 409). */
const version = () => integer('version').notNull().default(1);

// SCB reference data, loaded from seed-data/ at every start (shared/data/README.md).
export const counties = pgTable('counties', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const municipalities = pgTable(
  'municipalities',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => counties.code),
  },
  (t) => [index('municipalities_county_idx').on(t.countyCode)],
);

export const associations = pgTable('associations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  countyCode: text('county_code')
    .notNull()
    .references(() => counties.code),
  organisationNumber: text('organisation_number'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const associationMunicipalities = pgTable(
  'association_municipalities',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.municipalityCode] })],
);

export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['fk', 'af', 'region', 'municipality'] }).notNull(),
    name: text('name').notNull(),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    createdAt: createdAt(),
  },
  (t) => [index('members_association_idx').on(t.associationId), unique('members_name_uq').on(t.associationId, t.name)],
);

export const bodyMembers = pgTable(
  'body_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    body: text('body', { enum: ['board', 'preparatoryGroup', 'office'] }).notNull(),
    name: text('name').notNull(),
    bodyRole: text('body_role').notNull(),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'set null' }),
    email: text('email'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('body_members_association_idx').on(t.associationId, t.body)],
);

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

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // SHA-256 of the cookie token: a copy of the table cannot be used to take over sessions.
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    authMethod: text('auth_method').notNull().default('password'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
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

/**
 * Failed sign-ins and password checks per account (keyed by a hash of the e-mail, so unknown
 * addresses are throttled alike) and per client. In the database, as app servers share nothing.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  updatedAt: updatedAt(),
});

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

export const interventions = pgTable(
  'interventions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['individual', 'structural'] }).notNull(),
    description: text('description').notNull().default(''),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    status: text('status').$type<(typeof INTERVENTION_STATUSES)[number]>().notNull().default('active'),
    ownerMemberId: uuid('owner_member_id').references(() => members.id, { onDelete: 'set null' }),
    targetGroup: text('target_group').notNull().default(''),
    // Lists edited together with the intervention, always read whole: kept as JSON documents.
    partnerMemberIds: jsonb('partner_member_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    municipalityCodes: jsonb('municipality_codes')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    budgets: jsonb('budgets')
      .$type<{ year: number; budget: number; actualCost?: number | null }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    staffing: jsonb('staffing')
      .$type<{ role: (typeof STAFF_ROLES)[number]; title: string; percent: number }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    goals: jsonb('goals')
      .$type<GoalInput[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('interventions_name_uq').on(t.associationId, t.name),
    index('interventions_association_idx').on(t.associationId),
    // The target of participations' (insats, förbund) reference: a participation's förbund is its insats's.
    unique('interventions_id_association_uq').on(t.id, t.associationId),
  ],
);

/** The interventions an intervention-scoped role (insatsansvarig, deltagaransvarig, utvärderare) covers. */
export const roleInterventions = pgTable(
  'role_interventions',
  {
    roleAssignmentId: uuid('role_assignment_id')
      .notNull()
      .references(() => roleAssignments.id, { onDelete: 'cascade' }),
    interventionId: uuid('intervention_id')
      .notNull()
      .references(() => interventions.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.roleAssignmentId, t.interventionId] }),
    index('role_interventions_intervention_idx').on(t.interventionId),
  ],
);

/** A person within one association: a pseudonym and/or a keyed hash of the personnummer, never the number. */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    reference: text('reference'),
    personnummerHash: text('personnummer_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    // Partial: a person usually has only one of the two, and an import adds thousands per second.
    uniqueIndex('persons_reference_uq')
      .on(t.associationId, t.reference)
      .where(sql`${t.reference} is not null`),
    uniqueIndex('persons_pnr_uq')
      .on(t.associationId, t.personnummerHash)
      .where(sql`${t.personnummerHash} is not null`),
  ],
);

export const participations = pgTable(
  'participations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Both checked by one reference to the insats (below), which also keeps them consistent.
    associationId: uuid('association_id').notNull(),
    interventionId: uuid('intervention_id').notNull(),
    // Null for an anonymous participation (no consent): it counts in antal, not in antal unika.
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'restrict' }),
    /**
     * For an anonymous participation: a keyed hash of (reference, start) from the imported row,
     * so a re-import recognises it without storing who it is.
     */
    anonymousKey: text('anonymous_key'),
    /**
     * The pseudonym given for this enrolment. An insats-bound role sees this, never the person's
     * pseudonym from another insats (issue 11 §2: personnummer oracle).
     */
    personReference: text('person_reference'),
    consent: boolean('consent').notNull(),
    consentDate: date('consent_date'),
    gender: text('gender', { enum: ['kvinna', 'man'] }).notNull(),
    birthYear: smallint('birth_year').notNull(),
    birthDate: date('birth_date'),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    startDate: date('start_date').notNull(),
    exitDate: date('exit_date'),
    exitReason: text('exit_reason'),
    education: text('education'),
    publicSupportBefore: text('public_support_before'),
    supportBefore: text('support_before')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    supportAfter: text('support_after')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    occupationBefore: text('occupation_before')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    occupationAfter: text('occupation_after')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    workHoursBefore: real('work_hours_before'),
    studyHoursBefore: real('study_hours_before'),
    workHoursAfter: real('work_hours_after'),
    studyHoursAfter: real('study_hours_after'),
    obstacles: text('obstacles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    followUp6m: text('follow_up_6m').array(),
    followUp12m: text('follow_up_12m').array(),
    dropoutReason: text('dropout_reason'),
    comment: text('comment'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'participations_intervention_fk',
      columns: [t.interventionId, t.associationId],
      foreignColumns: [interventions.id, interventions.associationId],
    }).onDelete('cascade'),
    // Lists and reports within one förbund, by period.
    index('participations_association_exit_idx').on(t.associationId, t.exitDate),
    // The outcome report reads a period's exits from this index alone (an index-only scan), never
    // the wide rows: the period first, then every column the report reads (reports.repository.ts).
    // Key columns rather than INCLUDE, which the schema builder cannot express.
    index('participations_exit_report_idx').on(
      t.exitDate,
      t.associationId,
      t.interventionId,
      t.gender,
      t.personId,
      t.id,
      t.startDate,
      t.birthYear,
      t.birthDate,
      t.exitReason,
      t.education,
      t.publicSupportBefore,
      t.workHoursBefore,
      t.studyHoursBefore,
      t.workHoursAfter,
      t.studyHoursAfter,
    ),
    index('participations_intervention_exit_idx').on(t.interventionId, t.exitDate),
    index('participations_person_idx')
      .on(t.personId)
      .where(sql`${t.personId} is not null`),
    // Identity of a participation for idempotent re-import (participant-data.md §2). Partial, as
    // each row has a person or an anonymous key, so each row is entered in one of the two.
    uniqueIndex('participations_identity_uq')
      .on(t.interventionId, t.personId, t.startDate)
      .where(sql`${t.personId} is not null`),
    uniqueIndex('participations_anonymous_uq')
      .on(t.interventionId, t.anonymousKey)
      .where(sql`${t.anonymousKey} is not null`),
  ],
);

/**
 * Price lists of the socio-economic model (socioeconomic.md "Inputs"): the national default has no
 * förbund; each förbund copies it and edits its own, one list per year. Every row carries its
 * source note; the rows are one JSON document because they are read and written as a whole.
 */
export const priceLists = pgTable(
  'price_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    name: text('name').notNull(),
    rows: jsonb('rows').$type<PriceListRow[]>().notNull(),
    /** True while the values are the contract's examples (the UI warns). */
    isExample: boolean('is_example').notNull().default(false),
    copiedFrom: uuid('copied_from'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('price_lists_association_year_uq').on(t.associationId, t.year).nullsNotDistinct()],
);

/**
 * A saved socio-economic analysis of an insats: the complete input (price list values, cases,
 * cost, shares) and the result, so it can be reproduced and compared with a later run.
 */
export const socioeconomicAnalyses = pgTable(
  'socioeconomic_analyses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    interventionId: uuid('intervention_id')
      .notNull()
      .references(() => interventions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    priceListId: uuid('price_list_id').references(() => priceLists.id, { onDelete: 'set null' }),
    priceListVersion: integer('price_list_version').notNull(),
    input: jsonb('input').notNull(),
    result: jsonb('result').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('socioeconomic_analyses_intervention_idx').on(t.interventionId, t.createdAt)],
);
