import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  pgTable,
  real,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { municipalities, associations } from '../organisation/organisation.schema';
import { interventions } from '../interventions/interventions.schema';

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
    // Follow-ups 6 and 12 months after exit (docs/decisions/0022). Support codes existed first;
    // a row with only those (no date) is a follow-up recorded before the windows, counted as reached.
    followUp6m: text('follow_up_6m').array(),
    followUp6mDate: date('follow_up_6m_date'),
    followUp6mReached: boolean('follow_up_6m_reached'),
    followUp6mOccupation: text('follow_up_6m_occupation').array(),
    followUp6mWorkHours: real('follow_up_6m_work_hours'),
    followUp6mStudyHours: real('follow_up_6m_study_hours'),
    followUp12m: text('follow_up_12m').array(),
    followUp12mDate: date('follow_up_12m_date'),
    followUp12mReached: boolean('follow_up_12m_reached'),
    followUp12mOccupation: text('follow_up_12m_occupation').array(),
    followUp12mWorkHours: real('follow_up_12m_work_hours'),
    followUp12mStudyHours: real('follow_up_12m_study_hours'),
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
