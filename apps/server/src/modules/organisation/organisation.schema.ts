import { date, index, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';

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

/**
 * The meetings of a förbund's bodies (issue 15 §2): a deviation case must reach the förbundschef at
 * least two weeks before the body meets (seed 003), so its deadline comes from these dates.
 */
export const bodyMeetings = pgTable(
  'body_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    body: text('body', { enum: ['board', 'preparatoryGroup'] }).notNull(),
    date: date('date').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('body_meetings_uq').on(t.associationId, t.body, t.date)],
);
