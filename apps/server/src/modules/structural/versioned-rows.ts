import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { structuralActivities, structuralActualisations } from './structural.schema';

/** The module's tables whose rows users change with the version they read (activities, aktualiseringar). */
type Versioned = typeof structuralActivities | typeof structuralActualisations;

const theVersionRead = (table: Versioned, associationId: string, id: string, version: number) =>
  and(eq(table.associationId, associationId), eq(table.id, id), eq(table.version, version));

/** Writes a row if it still has the version the user read; null otherwise (a 409). */
export async function writeVersioned<T extends Versioned>(
  ex: Executor,
  table: T,
  associationId: string,
  id: string,
  version: number,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect'] | null> {
  const [row] = await ex
    .update(table as Versioned)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(theVersionRead(table, associationId, id, version))
    .returning();
  return (row as T['$inferSelect'] | undefined) ?? null;
}

/** Deletes a row if it still has the version the user read; false otherwise (a 409). */
export async function deleteVersioned(
  ex: Executor,
  table: Versioned,
  associationId: string,
  id: string,
  version: number,
) {
  const rows = await ex
    .delete(table)
    .where(theVersionRead(table, associationId, id, version))
    .returning({ id: table.id });
  return rows.length > 0;
}

/** The versioned write and delete of one table, scoped by the förbund. */
export const versionedRows = <T extends Versioned>(table: T) => ({
  write: (ex: Executor, associationId: string, id: string, version: number, values: Partial<T['$inferInsert']>) =>
    writeVersioned(ex, table, associationId, id, version, values),
  remove: (ex: Executor, associationId: string, id: string, version: number) =>
    deleteVersioned(ex, table, associationId, id, version),
});
