import type { ActivityKind, ActualisationDecision, AttendanceInput, Gender } from '@insikt/core';
import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { interventions } from '../interventions/interventions.schema';
import { associations } from '../organisation/organisation.schema';
import { participations } from '../participants/participants.schema';

// What every record of a structural insats has: its id, förbund, insats and date.
const insatsRecord = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  associationId: uuid('association_id')
    .notNull()
    .references(() => associations.id, { onDelete: 'cascade' }),
  interventionId: uuid('intervention_id')
    .notNull()
    .references(() => interventions.id, { onDelete: 'cascade' }),
  date: date('date').notNull(),
});

/**
 * An activity of a structural insats (issue 17 §1): a meeting, training day, styrgrupp … with the
 * people who came per organisation and gender. Counts only, never who: the attendance is edited and
 * read with the activity, so it is kept as one JSON document (as an insats's partners are).
 */
export const structuralActivities = pgTable(
  'structural_activities',
  {
    ...insatsRecord(),
    kind: text('kind').$type<ActivityKind>().notNull(),
    topic: text('topic').notNull(),
    hours: doublePrecision('hours').notNull(),
    note: text('note').notNull().default(''),
    /** Member ids of the förbund, or "ovriga", each with women, men and unknown. */
    attendance: jsonb('attendance')
      .$type<AttendanceInput[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The occurrences created together by one recurring entry share this id. */
    seriesId: uuid('series_id'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('structural_activities_intervention_idx').on(t.associationId, t.interventionId, t.date)],
);

/**
 * A case raised to a structural insats's joint team (issue 17 §2): when, by which party (a member id
 * or "ovriga"), the person's gender, the team's decision and, when it led to one, the participation.
 * No name and no personnummer: a count with a link.
 */
export const structuralActualisations = pgTable(
  'structural_actualisations',
  {
    ...insatsRecord(),
    /** A member id of the förbund, or "ovriga"; a member removed since is shown as "Borttagen medlem". */
    raisedBy: text('raised_by').notNull(),
    gender: text('gender').$type<Gender>(),
    decision: text('decision').$type<ActualisationDecision>().notNull(),
    /** To whom the team referred the case (only for "hänvisad"). */
    referredTo: text('referred_to').notNull().default(''),
    // A participation removed later leaves the case raised, unlinked.
    participationId: uuid('participation_id').references(() => participations.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('structural_actualisations_intervention_idx').on(t.associationId, t.interventionId, t.date),
    index('structural_actualisations_participation_idx').on(t.participationId),
  ],
);
