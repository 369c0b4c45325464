import type { CompositeRule } from '@insikt/core';
import { foreignKey, index, jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';
import { surveys } from './surveys.schema';

/**
 * A survey's composite indicators (issue 14 §4): a rule over the answers of several questions, shown
 * with its definition beside the results. The rule's `id` is the row's id (decision 0037).
 */
export const surveyComposites = pgTable(
  'survey_composites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    /** The rule without its id: name, any/all and the conditions. */
    rule: jsonb('rule').$type<Omit<CompositeRule, 'id'>>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('survey_composites_survey_idx').on(t.surveyId),
    // The survey and its composite belong to the same förbund.
    foreignKey({
      name: 'survey_composites_survey_fk',
      columns: [t.surveyId, t.associationId],
      foreignColumns: [surveys.id, surveys.associationId],
    }).onDelete('cascade'),
  ],
);
