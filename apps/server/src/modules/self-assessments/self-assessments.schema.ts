import type { AssessmentField, DocumentStatus, SelfAssessmentKind, TemplateField } from '@insikt/core';
import { index, integer, jsonb, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { interventions } from '../interventions/interventions.schema';
import { associations } from '../organisation/organisation.schema';
import { users } from '../users/users.schema';

/**
 * A förbund's own copy of a built-in self-assessment template (one per model). `version` is both
 * the optimistic-concurrency column and the template version each assessment records.
 */
export const selfAssessmentTemplates = pgTable(
  'self_assessment_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<SelfAssessmentKind>().notNull(),
    fields: jsonb('fields').$type<TemplateField[]>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('self_assessment_templates_kind_uq').on(t.associationId, t.kind)],
);

/**
 * One edition of a self-assessment: the förbund's tolvfältaren (no insats) or an insats's niofält,
 * for a year. "Starta ny version" adds edition n+1; earlier editions stay as history. The fields
 * hold the questions as copied from the template together with the answers, so a later change of
 * the template never rewrites an assessment.
 */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    interventionId: uuid('intervention_id').references(() => interventions.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<SelfAssessmentKind>().notNull(),
    year: smallint('year').notNull(),
    edition: integer('edition').notNull(),
    status: text('status').$type<DocumentStatus>().notNull().default('draft'),
    /** Null: the built-in template. */
    templateId: uuid('template_id').references(() => selfAssessmentTemplates.id, { onDelete: 'set null' }),
    templateVersion: integer('template_version').notNull(),
    fields: jsonb('fields').$type<AssessmentField[]>().notNull(),
    basedOnId: uuid('based_on_id'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    /** Kept as text too: the document names who fastställde it even after the account is gone. */
    approvedByName: text('approved_by_name'),
    decisionReference: text('decision_reference'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('self_assessments_edition_uq').on(t.associationId, t.interventionId, t.year, t.edition).nullsNotDistinct(),
    index('self_assessments_scope_idx').on(t.associationId, t.year),
  ],
);
