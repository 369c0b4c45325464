import type {
  CollaborationForm,
  DecisionOutcome,
  GapType,
  ImplementationBarrier,
  ImplementationStatus,
  InterventionForm,
} from '@insikt/core';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations, members } from '../organisation/organisation.schema';
import { interventions } from '../interventions/interventions.schema';

export interface StoredDecision {
  memberId: string;
  date: string;
  outcome: DecisionOutcome;
  reference: string;
  note: string;
}

/** One status change: the date it took effect, which parties (delvis), and who recorded it when. */
export interface StoredStatusChange {
  status: ImplementationStatus;
  date: string;
  memberIds: string[];
  note: string;
  recordedBy: string;
  recordedAt: string;
}

/**
 * One record per insats (issue 13 §7): gap type, samverkansform, form and the implementation plan,
 * decisions, status history and barriers. A register kept up to date, not a document that is fastställd.
 */
export const implementationRecords = pgTable(
  'implementation_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    interventionId: uuid('intervention_id').notNull(),
    gapType: text('gap_type').$type<GapType>().notNull().default('not_assessed'),
    collaborationForm: text('collaboration_form').$type<CollaborationForm>(),
    interventionForm: text('intervention_form').$type<InterventionForm>(),
    receivingMemberId: uuid('receiving_member_id').references(() => members.id, { onDelete: 'set null' }),
    namedReceiver: text('named_receiver').notNull().default(''),
    implementationGoal: text('implementation_goal').notNull().default(''),
    financingPlan: text('financing_plan').notNull().default(''),
    financingFrom: date('financing_from'),
    // Lists edited with the record and always read whole: JSON documents, as the insats's goals.
    decisions: jsonb('decisions')
      .$type<StoredDecision[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    barriers: jsonb('barriers')
      .$type<ImplementationBarrier[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    barrierOther: text('barrier_other').notNull().default(''),
    status: text('status').$type<ImplementationStatus>().notNull().default('not_planned'),
    statusHistory: jsonb('status_history')
      .$type<StoredStatusChange[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('implementation_records_intervention_uq').on(t.interventionId),
    index('implementation_records_association_idx').on(t.associationId),
    // The insats and the record belong to the same förbund.
    foreignKey({
      name: 'implementation_records_intervention_fk',
      columns: [t.interventionId, t.associationId],
      foreignColumns: [interventions.id, interventions.associationId],
    }).onDelete('cascade'),
  ],
);
