import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db';
import { financeOutcomes } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict } from '../../platform/errors';
import { findFinanceYear, linesOf, lockFinanceYear, mappingsOf, outcomesOf } from './finance.repository';
import { isSie, readSieOutcome, readTableOutcome } from './read-outcome-file';

const byPeriod = (rows: readonly { period: string; amount: number }[]) => {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.period] = (out[r.period] ?? 0) + r.amount;
  return out;
};

/**
 * Imports a year's outcome from an SIE 4 file or a CSV/Excel table, all or nothing. What it replaces
 * (decision 0051): the whole outcome, every line, of the periods the file covers in that year; other
 * periods stay. Amounts are summed in öre and stored as whole kronor per line and period.
 */
export async function importOutcome(
  db: Db,
  actor: Actor,
  associationId: string,
  year: number,
  fileName: string,
  bytes: Buffer,
) {
  authorize(actor, 'finance.manage', associationId);
  const settings = await findFinanceYear(db, associationId, year);
  if (!settings)
    throw conflict(`Ange först om år ${year} följs upp per tertial eller månad och årets ingående eget kapital.`);
  const lines = await linesOf(db, associationId);
  const kinds = new Map(lines.map((l) => [l.id, l.kind]));
  const mapping = (await mappingsOf(db, associationId)).map((m) => ({ ...m, kind: kinds.get(m.lineId)! }));
  const ctx = { year, granularity: settings.granularity, lines, mapping };
  const format = isSie(fileName, bytes) ? ('sie' as const) : ('table' as const);
  const read = format === 'sie' ? readSieOutcome(bytes, ctx) : await readTableOutcome(bytes, fileName, ctx);
  const accounts = read.accounts.map((a) => ({
    ...a,
    lineId: mapping.find((m) => m.account === a.account)?.lineId ?? null,
  }));
  if (!read.ok) return { imported: false, format, rows: 0, periods: [], errors: read.errors, accounts };
  const periods = [...new Set(read.rows.map((r) => r.period))].sort();
  const rows = read.rows.map((r) => ({
    associationId,
    lineId: r.lineId,
    year,
    period: r.period,
    amount: Math.round(r.ore / 100),
  }));
  await db.transaction(async (tx) => {
    // One import of a förbund's year at a time: two at once both deleted, then both inserted (a 500).
    await lockFinanceYear(tx, associationId, year);
    const before = (await outcomesOf(tx, associationId, year)).filter((o) => periods.includes(o.period));
    await tx
      .delete(financeOutcomes)
      .where(and(eq(financeOutcomes.associationId, associationId), inArray(financeOutcomes.period, periods)));
    if (rows.length > 0) await tx.insert(financeOutcomes).values(rows);
    await writeAudit(tx, actor, {
      action: 'finance.outcome_import',
      entityType: 'finance_year',
      associationId,
      details: {
        year,
        fileName,
        format,
        periods,
        before: byPeriod(before),
        after: byPeriod(rows),
      },
    });
  });
  return { imported: true, format, rows: rows.length, periods, errors: [], accounts };
}
