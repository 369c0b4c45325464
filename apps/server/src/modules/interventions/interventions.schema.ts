import type { GoalInput, INTERVENTION_STATUSES, STAFF_ROLES } from '@insikt/core';
import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations, members } from '../organisation/organisation.schema';
import { roleAssignments } from '../users/users.schema';

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
