import type { ContributionKeyKind } from '@insikt/core';
import { integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';

export type MemberPercent = { memberId: string; percent: number };

/**
 * The key of the members' contributions per förbund and year (issue 16 §3): the kommuner split their half
 * by inhabitants 16–64 of the year or by agreed percentages; several regions split theirs by percent
 * (empty: equally). Percentages are keyed by the organisation module's member id.
 */
export const contributionKeys = pgTable(
  'contribution_keys',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    kind: text('kind').$type<ContributionKeyKind>().notNull(),
    kommunPercents: jsonb('kommun_percents').$type<MemberPercent[]>().notNull().default([]),
    regionPercents: jsonb('region_percents').$type<MemberPercent[]>().notNull().default([]),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.year] })],
);
