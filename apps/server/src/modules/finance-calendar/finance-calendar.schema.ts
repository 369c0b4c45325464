import type { FinanceEvent } from '@insikt/core';
import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from '../../db/columns';
import { associations } from '../organisation/organisation.schema';

/**
 * A förbund's yearly cycle (issue 16 §7), saved as a whole; a förbund without a row follows core's
 * defaults. The events are few (tens) and always read together, so one jsonb document per förbund.
 */
export const financeCalendars = pgTable('finance_calendars', {
  associationId: uuid('association_id')
    .primaryKey()
    .references(() => associations.id, { onDelete: 'cascade' }),
  events: jsonb('events').$type<FinanceEvent[]>().notNull(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
