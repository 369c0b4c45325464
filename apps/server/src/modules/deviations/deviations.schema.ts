import type {
  DeviationBody,
  DeviationChannel,
  DeviationStatus,
  DeviationType,
  HinderKind,
  TextWarningKind,
} from '@insikt/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { updatedAt, version } from '../../db/columns';
import { interventions } from '../interventions/interventions.schema';
import { associations } from '../organisation/organisation.schema';
import { users } from '../users/users.schema';

/**
 * Per förbund: the report link (a random token the administrator can turn off or renew) and whether
 * the published cases can be read without login (off by default, issue 15 §3).
 */
export const deviationSettings = pgTable('deviation_settings', {
  associationId: uuid('association_id')
    .primaryKey()
    .references(() => associations.id, { onDelete: 'cascade' }),
  reportToken: text('report_token').notNull().unique(),
  reportLinkEnabled: boolean('report_link_enabled').notNull().default(false),
  publicationPublic: boolean('publication_public').notNull().default(false),
  version: version(),
  updatedAt: updatedAt(),
});

/**
 * A deviation case (issue 15 §1–2). It describes organisations, not people: no reporter, no IP and
 * no time finer than the day; the reporter's optional contact details are in deviation_contacts.
 */
export const deviations = pgTable(
  'deviations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    /** The case number within the förbund: what the förbund and the e-mails call it. */
    number: integer('number').notNull(),
    channel: text('channel').$type<DeviationChannel>().notNull(),
    occurredOn: date('occurred_on').notNull(),
    receivedOn: date('received_on').notNull(),
    interventionId: uuid('intervention_id').references(() => interventions.id, { onDelete: 'set null' }),
    forum: text('forum').notNull().default(''),
    memberIds: jsonb('member_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    ownOrganisation: boolean('own_organisation').notNull().default(false),
    type: text('type').$type<DeviationType>().notNull(),
    hinderKind: text('hinder_kind').$type<HinderKind>(),
    description: text('description').notNull(),
    suggestion: text('suggestion').notNull().default(''),
    /** The warnings the reporter confirmed: the handler reads the text with them in mind. */
    confirmedWarnings: jsonb('confirmed_warnings')
      .$type<TextWarningKind[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    status: text('status').$type<DeviationStatus>().notNull().default('received'),
    /** The body whose meetings set the deadline; the one the case is raised to when it is. */
    body: text('body').$type<DeviationBody>().notNull().default('preparatoryGroup'),
    meetingDate: date('meeting_date'),
    resolution: text('resolution').$type<'local' | 'raised'>(),
    handlerId: uuid('handler_id').references(() => users.id, { onDelete: 'set null' }),
    answer: text('answer').notNull().default(''),
    answeredOn: date('answered_on'),
    publishedOn: date('published_on'),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('deviations_number_uq').on(t.associationId, t.number),
    index('deviations_association_idx').on(t.associationId, t.status),
  ],
);

/** The reporter's optional contact details, apart from the case: never published, every read audited. */
export const deviationContacts = pgTable('deviation_contacts', {
  deviationId: uuid('deviation_id')
    .primaryKey()
    .references(() => deviations.id, { onDelete: 'cascade' }),
  associationId: uuid('association_id')
    .notNull()
    .references(() => associations.id, { onDelete: 'cascade' }),
  name: text('name').notNull().default(''),
  email: text('email').notNull().default(''),
  phone: text('phone').notNull().default(''),
  /** The language the reporter wrote in, for an answer by e-mail. */
  language: text('language').$type<'sv' | 'en'>().notNull().default('sv'),
});

/** Every step of a case (who, when, note) and the internal comments, which are never published. */
export const deviationEvents = pgTable(
  'deviation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deviationId: uuid('deviation_id')
      .notNull()
      .references(() => deviations.id, { onDelete: 'cascade' }),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'status' | 'comment'>().notNull(),
    fromStatus: text('from_status').$type<DeviationStatus>(),
    toStatus: text('to_status').$type<DeviationStatus>(),
    note: text('note').notNull().default(''),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deviation_events_deviation_idx').on(t.deviationId)],
);

/**
 * Reports per förbund link and minute, counted in the database so every app server counts the same
 * (the survey links' approach, decision 0035); earlier minutes are deleted as a new one starts.
 */
export const deviationRateLimits = pgTable(
  'deviation_rate_limits',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.windowStart] })],
);
