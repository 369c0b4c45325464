import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MAX_FINANCE_KRONOR,
  outcomePeriod,
  parseSie,
  parseSwedishAmount,
  sieOutcomeByLine,
  sieResultAccounts,
  sieYearIndex,
  type AccountMapping,
  type Granularity,
  type SieResultAccount,
} from '@insikt/core';
import { openTable } from '../import/read-table';
import { shownValue } from '../import/parse-row';
import type { FinanceLineRow } from './finance.repository';

export interface OutcomeIssue {
  row: number;
  column: string;
  value: string;
  message: string;
}

/** Outcome in öre per line and period, or every error of the file. */
export type ReadOutcome =
  | { ok: true; rows: { lineId: string; period: string; ore: number }[]; accounts: SieResultAccount[] }
  | { ok: false; errors: OutcomeIssue[]; accounts: SieResultAccount[] };

export interface OutcomeContext {
  year: number;
  granularity: Granularity;
  lines: readonly FinanceLineRow[];
  mapping: readonly AccountMapping[];
}

/** An SIE 4 file: in code page 437 and recognised by its first record, whatever it is called. */
export const isSie = (fileName: string, bytes: Buffer) =>
  /\.(se|si|sie)$/i.test(fileName) || bytes.subarray(0, 64).toString('latin1').trimStart().startsWith('#FLAGGA');

/**
 * An SIE 4 file through core's parser and account mapping (errors with line numbers come from core); the
 * file's financial year must be the calendar year imported (decision 0049: no broken financial years).
 */
export function readSieOutcome(bytes: Buffer, ctx: OutcomeContext): ReadOutcome {
  const parsed = parseSie(bytes);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(issueOf), accounts: [] };
  const yearIndex = sieYearIndex(parsed.file, ctx.year);
  if (yearIndex === null) {
    const years = parsed.file.years.map((y) => `${y.start}–${y.end}`).join(', ') || 'inga #RAR';
    const issue = {
      row: 1,
      column: '#RAR',
      value: years,
      message: `Filen har inget räkenskapsår som börjar ${ctx.year}.`,
    };
    return { ok: false, errors: [issue], accounts: [] };
  }
  const accounts = sieResultAccounts(parsed.file, yearIndex);
  const result = sieOutcomeByLine(parsed.file, ctx.mapping, ctx.granularity, yearIndex);
  if (!result.ok) return { ok: false, errors: result.errors.map(issueOf), accounts };
  // Each amount is bounded by the parser; their sum per line and period must fit too (decision 0066).
  const huge = result.rows.find((r) => Math.abs(r.amount) > MAX_FINANCE_KRONOR);
  if (huge) {
    const name = ctx.lines.find((l) => l.id === huge.lineId)?.name ?? '';
    const message = `Summan för ${name} ${huge.period} blir mer än ${MAX_TEXT}.`;
    return { ok: false, errors: [{ row: 1, column: 'belopp', value: String(huge.amount), message }], accounts };
  }
  const outside = result.rows.find((r) => !r.period.startsWith(`${ctx.year}-`));
  if (outside) {
    const message = `Perioden ${outside.period} ligger utanför år ${ctx.year}: brutet räkenskapsår stöds inte.`;
    return { ok: false, errors: [{ row: 1, column: '#RAR', value: outside.period, message }], accounts };
  }
  return {
    ok: true,
    rows: result.rows.map((r) => ({ lineId: r.lineId, period: r.period, ore: Math.round(r.amount * 100) })),
    accounts,
  };
}

const issueOf = (e: { line: number; field: string; value: string; message: string }): OutcomeIssue => ({
  row: e.line,
  column: e.field,
  value: e.value,
  message: e.message,
});

const MAX_TEXT = `${MAX_FINANCE_KRONOR.toLocaleString('sv-SE')} kr`;
const TOO_LARGE = `beloppet kan vara högst ${MAX_TEXT}.`;

const column = (headers: string[], name: string) => headers.findIndex((h) => h.trim().toLowerCase() === name);

/**
 * A CSV or Excel file with the columns `budgetrad` (the line's name) or `konto` (a mapped account), `period` and
 * `belopp` (Swedish number format, income and costs both positive). Every error with row, column and value.
 */
export async function readTableOutcome(bytes: Buffer, fileName: string, ctx: OutcomeContext): Promise<ReadOutcome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-outcome-'));
  const file = path.join(dir, 'upload');
  try {
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    const table = await openTable(file, fileName);
    const at = { line: column(table.headers, 'budgetrad'), account: column(table.headers, 'konto') };
    const periodAt = column(table.headers, 'period');
    const amountAt = column(table.headers, 'belopp');
    const missing = [
      at.line < 0 && at.account < 0 ? 'budgetrad eller konto' : null,
      periodAt < 0 ? 'period' : null,
      amountAt < 0 ? 'belopp' : null,
    ].filter((m) => m !== null);
    if (missing.length > 0) {
      const message = `Kolumnen ${missing.join(', ')} saknas. Rubrikraden ska ha budgetrad (eller konto), period och belopp.`;
      return {
        ok: false,
        errors: [{ row: 1, column: missing[0]!, value: table.headers.join(';'), message }],
        accounts: [],
      };
    }
    const byName = new Map(ctx.lines.map((l) => [l.name.toLowerCase(), l.id]));
    const byAccount = new Map(ctx.mapping.map((m) => [m.account, m.lineId]));
    const errors: OutcomeIssue[] = [];
    const sums = new Map<string, number>();
    for await (const r of table.rows()) {
      if (r.problem) {
        errors.push(r.problem);
        continue;
      }
      const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? '').trim() : '');
      const fail = (col: string, value: string, message: string) =>
        errors.push({ row: r.row, column: col, value: shownValue(value), message: `Rad ${r.row}: ${message}` });
      const name = cell(at.line);
      const account = cell(at.account);
      const lineId = name ? byName.get(name.toLowerCase()) : byAccount.get(account);
      if (!lineId) {
        if (name || !account) {
          fail(
            'budgetrad',
            name,
            name ? `förbundet har ingen budgetrad som heter ${shownValue(name)}.` : 'budgetrad eller konto saknas.',
          );
        } else fail('konto', account, `konto ${account} har ingen rad i förbundets kontomappning.`);
      }
      const period = outcomePeriod(cell(periodAt), ctx.year, ctx.granularity);
      if (!period.ok) fail('period', cell(periodAt), period.message);
      const amount = parseSwedishAmount(cell(amountAt));
      if (amount === null)
        fail('belopp', cell(amountAt), 'beloppet ska vara ett tal, t.ex. 1 234 567 eller 1 234 567,50.');
      else if (Math.abs(amount) > MAX_FINANCE_KRONOR) fail('belopp', cell(amountAt), TOO_LARGE);
      else if (lineId && period.ok) {
        const key = `${lineId}|${period.period}`;
        const sum = (sums.get(key) ?? 0) + Math.round(amount * 100);
        // The database keeps whole kronor in a bigint: an overflowing sum was a 500, not a named row.
        if (Math.abs(sum) > MAX_FINANCE_KRONOR * 100)
          fail('belopp', cell(amountAt), `summan för ${name || account} ${period.period} blir mer än ${MAX_TEXT}.`);
        sums.set(key, sum);
      }
    }
    if (errors.length > 0) return { ok: false, errors, accounts: [] };
    if (sums.size === 0) {
      return {
        ok: false,
        errors: [{ row: 2, column: 'belopp', value: '', message: 'Filen har inga rader med utfall.' }],
        accounts: [],
      };
    }
    const rows = [...sums].map(([key, ore]) => {
      const [lineId, period] = key.split('|') as [string, string];
      return { lineId, period, ore };
    });
    return { ok: true, rows, accounts: [] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
