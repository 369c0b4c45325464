import type { Answers, Questionnaire, RespondentGroup, ResponseMode, SurveyLanguage } from '@insikt/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';
import { interventions } from '../interventions/interventions.schema';

/** Where a template or survey came from: a built-in template's version, or a template's version. */
export type SurveyOrigin =
  { builtIn: string; version: number } | { templateId: string; version: number } | { file: 'json' | 'excel' };

/** The förbund's own survey templates (copied from a built-in or another template, or imported). */
export const surveyTemplates = pgTable(
  'survey_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** The source named by whoever made it ("002 Bilaga 6", "NNS 2025"). */
    source: text('source').notNull().default(''),
    basedOn: jsonb('based_on').$type<SurveyOrigin>(),
    /** Locked: the wording is someone else's (NNS) and may not change (issue 14 §1). */
    locked: boolean('locked').notNull().default(false),
    questionnaire: jsonb('questionnaire').$type<Questionnaire>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('survey_templates_name_uq').on(t.associationId, t.name),
    index('survey_templates_association_idx').on(t.associationId),
  ],
);

/** A survey: a questionnaire frozen from one template version, for some insatser or the whole förbund. */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The insatser the survey is for; empty: the whole förbund (only roles covering every insats). */
    interventionIds: jsonb('intervention_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    origin: jsonb('origin').$type<SurveyOrigin>().notNull(),
    /** Made from a locked template: the wording can never change. */
    locked: boolean('locked').notNull().default(false),
    questionnaire: jsonb('questionnaire').$type<Questionnaire>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('surveys_name_uq').on(t.associationId, t.name),
    index('surveys_association_idx').on(t.associationId),
    // The target of (survey, förbund) references: a row that hangs on a survey belongs to the survey's förbund.
    unique('surveys_id_association_uq').on(t.id, t.associationId),
  ],
);

/** A survey sent to one respondent group for one period, by link, code or staff entry. */
export const surveyDistributions = pgTable(
  'survey_distributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    respondentGroup: text('respondent_group').$type<RespondentGroup>().notNull(),
    interventionIds: jsonb('intervention_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    /** How many were asked, for the response rate; unknown when null. */
    invitedCount: integer('invited_count'),
    usesCodes: boolean('uses_codes').notNull().default(false),
    /** Closed by hand before its closing date. */
    closedEarly: boolean('closed_early').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('survey_distributions_survey_idx').on(t.surveyId)],
);

/** One anonymous link per distribution and insats (one without insats for a förbund-wide one). */
export const surveyLinks = pgTable(
  'survey_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    distributionId: uuid('distribution_id')
      .notNull()
      .references(() => surveyDistributions.id, { onDelete: 'cascade' }),
    interventionId: uuid('intervention_id').references(() => interventions.id, { onDelete: 'cascade' }),
    /** 128 random bits, URL-safe: the link is the only key to the respondent page. */
    token: text('token').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('survey_links_token_uq').on(t.token), index('survey_links_distribution_idx').on(t.distributionId)],
);

/**
 * Single-use codes: only a keyed hash and whether it was used. No id, order or time, and nothing
 * that names whom a code was given to, so a used code cannot lead to a person (issue 14 §2).
 */
export const surveyCodes = pgTable(
  'survey_codes',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    distributionId: uuid('distribution_id')
      .notNull()
      .references(() => surveyDistributions.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    used: boolean('used').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.distributionId, t.codeHash] })],
);

/**
 * Anonymous answers (issue 14 §3): a random id (not time-ordered), the day only, no created/updated
 * time, no address, agent, session or user, no participant. The record key (0–255, random) is the
 * cell-key method's (decision 0015): a table cell's key is the sum of its responses' keys.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    distributionId: uuid('distribution_id')
      .notNull()
      .references(() => surveyDistributions.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id').references(() => surveyLinks.id, { onDelete: 'set null' }),
    interventionId: uuid('intervention_id').references(() => interventions.id, { onDelete: 'set null' }),
    mode: text('mode').$type<ResponseMode>().notNull(),
    language: text('language').$type<SurveyLanguage>().notNull(),
    answeredOn: date('answered_on').notNull(),
    recordKey: smallint('record_key').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
  },
  (t) => [index('survey_responses_distribution_idx').on(t.distributionId)],
);

/**
 * Attempts per link and minute. In the database, not in memory, so every app server counts the same
 * attempts; old windows are deleted as new ones start (decision 0035).
 */
export const surveyRateLimits = pgTable(
  'survey_rate_limits',
  {
    linkId: uuid('link_id')
      .notNull()
      .references(() => surveyLinks.id, { onDelete: 'cascade' }),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.linkId, t.windowStart] })],
);
