import { OCCUPATIONS, SUPPORT_CODES, type Gender } from '../participation';
import type { OutcomeCell } from './cells';
import { OUTCOME_COLUMNS, type OutcomeColumn } from './indicators';
import { DEFAULT_SUPPRESSION_THRESHOLD, recoverableColumn, type SuppressionReason } from './suppression';

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
}

/**
 * Counts for one gender of one group: `n` exited participations, and per tally key
 * (`support_before:lon`, `occupation_after:studier`, `transition:a_kassa>lon`) how many had it.
 * The server gets the same tallies from SQL; `tallyBeforeAfter` computes them from records.
 */
export interface BeforeAfterTally {
  n: number;
  counts: Record<string, number>;
}

export const tallyKey = (measure: BeforeAfterMeasure, code: string) => `${measure}:${code}`;
export const transitionKey = (before: string, after: string) => `transition:${before}>${after}`;

export const emptyTally = (): BeforeAfterTally => ({ n: 0, counts: {} });

export function tallyBeforeAfter(records: readonly BeforeAfterRecord[]): Record<Gender, BeforeAfterTally> {
  const result: Record<Gender, BeforeAfterTally> = { kvinna: emptyTally(), man: emptyTally() };
  for (const r of records) {
    const tally = result[r.gender];
    const add = (key: string) => (tally.counts[key] = (tally.counts[key] ?? 0) + 1);
    tally.n += 1;
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

const share = (count: number | null, of: number | null) =>
  count === null || of === null || of === 0 ? null : count / of;

function countCell(tallies: Record<Gender, BeforeAfterTally>, key: string): OutcomeCell {
  const kvinna = tallies.kvinna.counts[key] ?? 0;
  const man = tallies.man.counts[key] ?? 0;
  return { total: kvinna + man, kvinna, man };
}

const shareCell = (count: OutcomeCell, of: OutcomeCell): OutcomeCell => ({
  total: share(count.total, of.total),
  kvinna: share(count.kvinna, of.kvinna),
  man: share(count.man, of.man),
});

function rows(
  tallies: Record<Gender, BeforeAfterTally>,
  antal: OutcomeCell,
  codes: readonly string[],
  kind: 'support' | 'occupation',
): BeforeAfterRow[] {
  return codes
    .map((code) => {
      const before = countCell(tallies, tallyKey(`${kind}_before`, code));
      const after = countCell(tallies, tallyKey(`${kind}_after`, code));
      return { code, before, after, beforeShare: shareCell(before, antal), afterShare: shareCell(after, antal) };
    })
    .filter((row) => (row.before.total ?? 0) + (row.after.total ?? 0) > 0);
}

/** The report's tables of one group, rows in code-list order, codes nobody had left out. */
export function beforeAfterTables(tallies: Record<Gender, BeforeAfterTally>): BeforeAfterTables {
  const antal: OutcomeCell = { total: tallies.kvinna.n + tallies.man.n, kvinna: tallies.kvinna.n, man: tallies.man.n };
  const support = rows(tallies, antal, SUPPORT_CODES, 'support');
  const transitions: TransitionRow[] = [];
  for (const row of support)
    for (const after of SUPPORT_CODES) {
      const count = countCell(tallies, transitionKey(row.code, after));
      if (count.total) transitions.push({ before: row.code, after, count, share: shareCell(count, row.before) });
    }
  return { antal, support, occupation: rows(tallies, antal, OCCUPATIONS, 'occupation'), transitions };
}

/** Where each hidden value sits, e.g. `support.lon.before.kvinna` or `transitions.lon>a_kassa.share.man`. */
export type BeforeAfterSuppression = Record<string, SuppressionReason>;

/**
 * Statistical disclosure control (§3) applied to the before/after tables: counts 1 to
 * threshold−1 hidden, shares computed from a hidden or small count (as numerator or
 * denominator) hidden, and the other gender hidden where one could be recovered from Totalt.
 */
export function suppressBeforeAfter(
  tables: BeforeAfterTables,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): { tables: BeforeAfterTables; reasons: BeforeAfterSuppression } {
  const reasons: BeforeAfterSuppression = {};
  const small = (v: number | null) => v !== null && v > 0 && v < threshold;

  /** Hides a count triplet in place and returns which columns it hid. */
  const protectCount = (cell: OutcomeCell, path: string): Set<OutcomeColumn> => {
    const hidden = new Set<OutcomeColumn>();
    for (const column of OUTCOME_COLUMNS)
      if (small(cell[column])) {
        hidden.add(column);
        reasons[`${path}.${column}`] = 'small_count';
      }
    const other = recoverableColumn(hidden);
    if (other) {
      hidden.add(other);
      reasons[`${path}.${other}`] = 'recoverable_from_total';
    }
    hidden.forEach((column) => (cell[column] = null));
    return hidden;
  };
  const protectShare = (cell: OutcomeCell, path: string, ...sources: Set<OutcomeColumn>[]) => {
    for (const column of OUTCOME_COLUMNS)
      if (cell[column] !== null && sources.some((s) => s.has(column))) {
        cell[column] = null;
        reasons[`${path}.${column}`] = 'computed_from_small_count';
      }
  };

  const result = structuredClone(tables);
  const antalHidden = protectCount(result.antal, 'antal');
  const beforeHidden = new Map<string, Set<OutcomeColumn>>();
  for (const kind of ['support', 'occupation'] as const)
    for (const row of result[kind]) {
      const path = `${kind}.${row.code}`;
      const before = protectCount(row.before, `${path}.before`);
      const after = protectCount(row.after, `${path}.after`);
      protectShare(row.beforeShare, `${path}.beforeShare`, before, antalHidden);
      protectShare(row.afterShare, `${path}.afterShare`, after, antalHidden);
      if (kind === 'support') beforeHidden.set(row.code, before);
    }
  for (const row of result.transitions) {
    const path = `transitions.${row.before}>${row.after}`;
    const count = protectCount(row.count, `${path}.count`);
    protectShare(row.share, `${path}.share`, count, beforeHidden.get(row.before) ?? new Set());
  }
  return { tables: result, reasons };
}
