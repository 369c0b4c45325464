import { integer, timestamp } from 'drizzle-orm/pg-core';

/** Columns every module's tables share. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic concurrency: every update must name the version it read (see errors.ts, 409). */
export const version = () => integer('version').notNull().default(1);
