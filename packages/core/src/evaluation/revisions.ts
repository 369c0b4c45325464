/**
 * The latest revision of each year, oldest year first: a yearly document may have several versions
 * (each fastställande is kept), and a view over the years shows one per year.
 */
export function latestPerYear<R extends { year: number; revision: number }>(rows: readonly R[]): R[] {
  const byYear = new Map<number, R>();
  for (const row of rows) if ((byYear.get(row.year)?.revision ?? 0) < row.revision) byYear.set(row.year, row);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
