import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { priceLists } from '../../db/schema';

export type PriceListRecord = typeof priceLists.$inferSelect;

export async function findPriceList(ex: Executor, id: string): Promise<PriceListRecord | undefined> {
  const [row] = await ex.select().from(priceLists).where(eq(priceLists.id, id));
  return row;
}

/** A förbund's own list for a year (one per year). */
export async function findAssociationPriceList(
  ex: Executor,
  associationId: string,
  year: number,
): Promise<PriceListRecord | undefined> {
  const [row] = await ex
    .select()
    .from(priceLists)
    .where(and(eq(priceLists.associationId, associationId), eq(priceLists.year, year)));
  return row;
}

/** The national lists and those of the given förbund, newest year first. */
export async function listPriceLists(ex: Executor, associationIds: string[] | 'all'): Promise<PriceListRecord[]> {
  const own =
    associationIds === 'all'
      ? sql`true`
      : associationIds.length
        ? sql`${priceLists.associationId} in (${sql.join(
            associationIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`false`;
  return ex
    .select()
    .from(priceLists)
    .where(or(isNull(priceLists.associationId), own))
    .orderBy(desc(priceLists.year), priceLists.name);
}

/**
 * The list an analysis uses when none is chosen: the förbund's own for the latest year up to
 * `year`, else the national one (socioeconomic.md: missing rows fall back to the active list).
 */
export async function activePriceList(
  ex: Executor,
  associationId: string | null,
  year: number,
): Promise<PriceListRecord | undefined> {
  const [row] = await ex
    .select()
    .from(priceLists)
    .where(
      and(
        associationId
          ? or(eq(priceLists.associationId, associationId), isNull(priceLists.associationId))
          : isNull(priceLists.associationId),
        sql`${priceLists.year} <= ${year}`,
      ),
    )
    // The förbund's own list before the national one, then the newest year.
    .orderBy(sql`${priceLists.associationId} is null`, desc(priceLists.year))
    .limit(1);
  if (row) return row;
  // Only lists for later years exist: take the earliest of them.
  const [later] = await ex
    .select()
    .from(priceLists)
    .where(isNull(priceLists.associationId))
    .orderBy(priceLists.year)
    .limit(1);
  return later;
}
