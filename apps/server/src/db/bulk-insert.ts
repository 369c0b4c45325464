import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * Many rows as one statement with one array parameter per column (`unnest`), instead of one
 * parameter per value: the query text and the work of building it stay the same size whatever
 * the number of rows. The import writes its batches this way; drizzle's multi-row insert spends
 * more time building the statement than PostgreSQL spends running it.
 */

/**
 * A PostgreSQL array literal: every element quoted, so no text can break out; null is NULL. The
 * column arrays are sent as such literals rather than as JavaScript arrays, which the driver would
 * serialise element by element with type checks (a tenth of the import's time in Node).
 */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) elements[i] = 'NULL';
    else {
      const text = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : String(v);
      // Most values (ids, dates, codes, numbers) hold nothing to escape; testing first is cheaper.
      elements[i] = `"${NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, '\\$&') : text}"`;
    }
  }
  return `{${elements.join(',')}}`;
}
const NEEDS_ESCAPE = /[\\"]/;
const ESCAPED = /[\\"]/g;

export interface BulkUpsert<T extends PgTable> {
  table: T;
  rows: Record<string, unknown>[];
  /** The unique columns that identify a row (ON CONFLICT target). */
  conflict: PgColumn[];
  /** The predicate of a partial unique index named by `conflict` (PostgreSQL infers the index from both). */
  conflictWhere?: SQL;
  /** Columns to overwrite on conflict; the row is left untouched when none of them changed. */
  update: string[];
  /** Extra assignments on update, e.g. a version counter. */
  alsoSet: SQL;
}

/** `insert … select from unnest(…)`: the rows as one statement, to be followed by an ON CONFLICT clause. */
function insertRows<T extends PgTable>(table: T, rows: Record<string, unknown>[]) {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in rows[0]!) as [string, PgColumn][];
  const names = sql.join(
    columns.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  const arrays = columns.map(([key, column]) => {
    const type = column.getSQLType();
    const isArray = type.endsWith('[]');
    const values = rows.map((row) => {
      const value = row[key] ?? null;
      return isArray && value !== null ? arrayLiteral(value as unknown[]) : value;
    });
    // Array cells travel as literals (unnest would flatten a two-dimensional array) and are cast back.
    return {
      param: sql`${sql.param(arrayLiteral(values))}::${sql.raw(isArray ? 'text[]' : `${type}[]`)}`,
      type,
      isArray,
    };
  });
  const aliases = columns.map((_, i) => sql.raw(`c${i}`));
  const select = sql.join(
    arrays.map((a, i) => (a.isArray ? sql`${aliases[i]}::${sql.raw(a.type)}` : aliases[i]!)),
    sql`, `,
  );
  const statement = sql`insert into ${sql.identifier(getTableName(table))} (${names})
    select ${select} from unnest(${sql.join(
      arrays.map((a) => a.param),
      sql`, `,
    )}) as t(${sql.join(aliases, sql`, `)})`;
  return { statement, columns: new Map(columns) };
}

/** Inserts the rows, skipping any that would break a unique constraint; returns the inserted rows' `columns`. */
export function bulkInsertIgnoringConflicts<T extends PgTable>(
  table: T,
  rows: Record<string, unknown>[],
  columns: PgColumn[],
): SQL {
  const returning = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  return sql`${insertRows(table, rows).statement} on conflict do nothing returning ${returning}`;
}

/**
 * Inserts the rows, updating those whose identity exists and whose values differ. Returns, per
 * written row, whether it was new (PostgreSQL's xmax = 0); unchanged rows are not returned.
 */
export function bulkUpsert<T extends PgTable>(spec: BulkUpsert<T>): SQL {
  const { statement, columns } = insertRows(spec.table, spec.rows);
  const updated = spec.update.map((key) => sql.identifier(columns.get(key)!.name));
  const qualified = (prefix: string) =>
    sql.join(
      updated.map((name) => sql`${sql.raw(prefix)}.${name}`),
      sql`, `,
    );
  return sql`${statement}
    on conflict (${sql.join(
      spec.conflict.map((c) => sql.identifier(c.name)),
      sql`, `,
    )}) ${spec.conflictWhere ? sql`where ${spec.conflictWhere}` : sql``} do update set ${sql.join(
      updated.map((name) => sql`${name} = excluded.${name}`),
      sql`, `,
    )}, ${spec.alsoSet}
    where (${qualified(getTableName(spec.table))}) is distinct from (${qualified('excluded')})
    returning (xmax = 0) as inserted`;
}
