import { OCCUPATIONS, SUPPORT_CODES, type Gender } from '../participation';
import type { OutcomeCell } from './cells';
import { OUTCOME_COLUMNS } from './indicators';
import { perturbCount } from '../disclosure/cell-key';
import { DEFAULT_SUPPRESSION_THRESHOLD, type SuppressionReason } from './suppression';

/**
 * The before/after report (participant-data.md §3): for each support code and occupation, how
 * many exited participations had it before start and at exit, per gender; and the cross-table
 * "support after, for a chosen support before". A participation can have several codes, so the
 * shares of one column do not add up to 100 %.
 */

export type BeforeAfterMeasure = 'support_before' | 'support_after' | 'occupation_before' | 'occupation_after';

/** What the report needs of one exited participation. */
export interface BeforeAfterRecord {
  gender: Gender;
  supportBefore: readonly string[];
  supportAfter: readonly string[];
  occupationBefore: readonly string[];
  occupationAfter: readonly string[];
  /** The record's key for the cell key method (0–255); 0 where nothing is protected. */
  recordKey?: number;
}

/**
 * Counts for one gender of one group: `n` exited participations, and per tally key
 * (`support_before:lon`, `occupation_after:studier`, `transition:a_kassa>lon`) how many had it.
 * The server gets the same tallies from SQL; `tallyBeforeAfter` computes them from records.
 */
export interface BeforeAfterTally {
  n: number;
  counts: Record<string, number>;
  /**
   * Sums of the record keys behind `n` and each count (cell key method, docs/decisions/0015);
   * absent where nothing is protected.
   */
  nKey?: number;
  keys?: Record<string, number>;
}

export const tallyKey = (measure: BeforeAfterMeasure, code: string) => `${measure}:${code}`;
export const transitionKey = (before: string, after: string) => `transition:${before}>${after}`;

export const emptyTally = (): BeforeAfterTally => ({ n: 0, counts: {} });

export function tallyBeforeAfter(records: readonly BeforeAfterRecord[]): Record<Gender, BeforeAfterTally> {
  const result: Record<Gender, BeforeAfterTally> = { kvinna: emptyTally(), man: emptyTally() };
  for (const r of records) {
    const tally = result[r.gender];
    const recordKey = r.recordKey ?? 0;
    const keys = (tally.keys ??= {});
    const add = (key: string) => {
      tally.counts[key] = (tally.counts[key] ?? 0) + 1;
      keys[key] = (keys[key] ?? 0) + recordKey;
    };
    tally.n += 1;
    tally.nKey = (tally.nKey ?? 0) + recordKey;
    // A code listed twice in one record still counts the participation once.
    const before = new Set(r.supportBefore);
    const after = new Set(r.supportAfter);
    before.forEach((c) => add(tallyKey('support_before', c)));
    after.forEach((c) => add(tallyKey('support_after', c)));
    new Set(r.occupationBefore).forEach((c) => add(tallyKey('occupation_before', c)));
    new Set(r.occupationAfter).forEach((c) => add(tallyKey('occupation_after', c)));
    for (const b of before) for (const a of after) add(transitionKey(b, a));
  }
  return result;
}

export interface BeforeAfterRow {
  code: string;
  before: OutcomeCell;
  after: OutcomeCell;
  /** Of the cell's exited participations (`antal`); null when there are none ("–"). */
  beforeShare: OutcomeCell;
  afterShare: OutcomeCell;
}

export interface TransitionRow {
  before: string;
  after: string;
  count: OutcomeCell;
  /** Of the participations that had `before` before start. */
  share: OutcomeCell;
}

export interface BeforeAfterTables {
  antal: OutcomeCell;
  support: BeforeAfterRow[];
  occupation: BeforeAfterRow[];
  transitions: TransitionRow[];
}

/** The counts of a report cell per column for a tally key (`n` for the participations). */
export type Counter = (key: string) => OutcomeCell;

export function exactCounter(tallies: Record<Gender, BeforeAfterTally>): Counter {
  const of = (t: BeforeAfterTally, key: string) => (key === 'n' ? t.n : (t.counts[key] ?? 0));
  return (key) => {
    const kvinna = of(tallies.kvinna, key);
    const man = of(tallies.man, key);
    return { total: kvinna + man, kvinna, man };
  };
}

/** Counts through the cell key method: Totalt is protected as its own set of records, not as a sum. */
export function protectedCounter(tallies: Record<Gender, BeforeAfterTally>, threshold: number): Counter {
  const exact = exactCounter(tallies);
  const keyOf = (t: BeforeAfterTally, key: string) => (key === 'n' ? (t.nKey ?? 0) : (t.keys?.[key] ?? 0));
  return (key) => {
    const count = exact(key);
    const k = keyOf(tallies.kvinna, key);
    const m = keyOf(tallies.man, key);
    return {
      total: perturbCount(count.total ?? 0, k + m, threshold),
      kvinna: perturbCount(count.kvinna ?? 0, k, threshold),
      man: perturbCount(count.man ?? 0, m, threshold),
    };
  };
}

/** A share of a (possibly protected) count: hidden with either part, and never above 100 %. */
const share = (count: number | null, of: number | null) =>
  count === null || of === null || of === 0 ? null : Math.min(1, count / of);

export const shareCell = (count: OutcomeCell, of: OutcomeCell): OutcomeCell => ({
  total: share(count.total, of.total),
  kvinna: share(count.kvinna, of.kvinna),
  man: share(count.man, of.man),
});

function rows(
  count: Counter,
  exact: Counter,
  antal: OutcomeCell,
  codes: readonly string[],
  kind: 'support' | 'occupation',
): BeforeAfterRow[] {
  return codes
    .filter((code) => {
      const used = (m: string) => exact(tallyKey(m as BeforeAfterMeasure, code)).total ?? 0;
      return used(`${kind}_before`) + used(`${kind}_after`) > 0;
    })
    .map((code) => {
      const before = count(tallyKey(`${kind}_before`, code));
      const after = count(tallyKey(`${kind}_after`, code));
      return { code, before, after, beforeShare: shareCell(before, antal), afterShare: shareCell(after, antal) };
    });
}

/** The tables of one group from a counter; rows in code-list order, codes nobody had left out. */
function tablesFrom(count: Counter, exact: Counter): BeforeAfterTables {
  const antal = count('n');
  const support = rows(count, exact, antal, SUPPORT_CODES, 'support');
  const transitions: TransitionRow[] = [];
  for (const row of support)
    for (const after of SUPPORT_CODES) {
      const key = transitionKey(row.code, after);
      if (!exact(key).total) continue;
      const cell = count(key);
      transitions.push({ before: row.code, after, count: cell, share: shareCell(cell, row.before) });
    }
  return { antal, support, occupation: rows(count, exact, antal, OCCUPATIONS, 'occupation'), transitions };
}

/** The report's exact tables of one group. */
export function beforeAfterTables(tallies: Record<Gender, BeforeAfterTally>): BeforeAfterTables {
  const exact = exactCounter(tallies);
  return tablesFrom(exact, exact);
}

/** Where each hidden value sits, e.g. `support.lon.before.kvinna` or `transitions.lon>a_kassa.share.man`. */
export type BeforeAfterSuppression = Record<string, SuppressionReason>;

/** Every value of the tables with its path, in the same order for tables of the same tallies. */
function valuesByPath(tables: BeforeAfterTables): [string, OutcomeCell, boolean][] {
  const out: [string, OutcomeCell, boolean][] = [['antal', tables.antal, true]];
  for (const kind of ['support', 'occupation'] as const)
    for (const row of tables[kind]) {
      const path = `${kind}.${row.code}`;
      out.push([`${path}.before`, row.before, true], [`${path}.after`, row.after, true]);
      out.push([`${path}.beforeShare`, row.beforeShare, false], [`${path}.afterShare`, row.afterShare, false]);
    }
  for (const row of tables.transitions) {
    const path = `transitions.${row.before}>${row.after}`;
    out.push([`${path}.count`, row.count, true], [`${path}.share`, row.share, false]);
  }
  return out;
}

/**
 * Statistical disclosure control of the before/after tables (docs/decisions/0015): every count
 * by the cell key method (with the same key as the outcome report's, so `antal` is the same
 * there and here), every share from protected counts, and a column whose `antal` is hidden is
 * hidden whole.
 */
export function protectBeforeAfter(
  tallies: Record<Gender, BeforeAfterTally>,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): { tables: BeforeAfterTables; reasons: BeforeAfterSuppression } {
  const exact = exactCounter(tallies);
  const tables = tablesFrom(protectedCounter(tallies, threshold), exact);
  const exactValues = valuesByPath(tablesFrom(exact, exact));
  const reasons: BeforeAfterSuppression = {};
  const hiddenColumns = OUTCOME_COLUMNS.filter((column) => tables.antal[column] === null);
  valuesByPath(tables).forEach(([path, cell, isCount], i) => {
    for (const column of OUTCOME_COLUMNS) {
      if (hiddenColumns.includes(column)) cell[column] = null;
      if (cell[column] === null && exactValues[i]![1][column] !== null)
        reasons[`${path}.${column}`] = isCount ? 'small_count' : 'computed_from_small_count';
    }
  });
  return { tables, reasons };
}
