import type { INTERVENTION_STATUSES, STAFF_ROLES, StoredGoal } from '@insikt/core';
import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations, members } from '../organisation/organisation.schema';
import { roleAssignments, users } from '../users/users.schema';

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
      .$type<StoredGoal[]>()
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

/**
 * The values of a goal followed up by hand (issue 17 §3, decision 0062): one per goal and calendar year,
 * keyed by the goal's stable id inside the insats's goal list, so editing the goal's text keeps them.
 * Removing the goal (or measuring it otherwise) deletes them in the same transaction as the edit.
 */
export const interventionGoalValues = pgTable(
  'intervention_goal_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    interventionId: uuid('intervention_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    year: integer('year').notNull(),
    /** A share as a fraction (0.3 = 30 %), as every goal keeps it. */
    value: doublePrecision('value').notNull(),
    source: text('source').notNull(),
    comment: text('comment').notNull().default(''),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('intervention_goal_values_year_uq').on(t.interventionId, t.goalId, t.year),
    foreignKey({
      name: 'intervention_goal_values_intervention_fk',
      columns: [t.interventionId, t.associationId],
      foreignColumns: [interventions.id, interventions.associationId],
    }).onDelete('cascade'),
  ],
);
