import { median } from '../evaluation/implementation/board';
import { daysBetween } from '../participation';
import { OPEN_DEVIATION_STATUSES } from './flow';
import {
  AGREEMENT_DEVIATION_TYPE,
  OWN_ORGANISATION,
  type DeviationStatus,
  type DeviationType,
  type GoalDeviationSource,
} from './model';

/** One case as the statistics read it: no text, no reporter, nothing about a person. */
export interface DeviationFact {
  id: string;
  receivedOn: string;
  answeredOn: string | null;
  status: DeviationStatus;
  /** The parties: member ids, and OWN_ORGANISATION for "egen organisation". */
  parties: readonly string[];
  type: DeviationType;
  interventionId: string | null;
  /** How the case was resolved: locally, raised to the parties, or not yet. */
  resolution: 'local' | 'raised' | null;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest value such that at least p % of the
 * values are at most it (rank ceil(p/100 * n)). Always a value that occurred, so "90 % of cases were
 * answered within N days" is literally true. Null when empty.
 */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1]!;
}

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

export interface RecurringPattern {
  party: string;
  type: DeviationType;
  /** Cases of this party and type in the period. */
  cases: number;
  /** Cases with an earlier case of the same party and type at most 12 months before. */
  recurrences: number;
}

/**
 * Recurring patterns (issue 15 §4): for each party and type, the cases that follow an earlier case of
 * the same party and type within 12 months (calendar months: 2025-03-31 follows 2024-03-31). Only
 * pairs with at least one recurrence, most recurrences first.
 */
export function recurringPatterns(facts: readonly DeviationFact[]): RecurringPattern[] {
  const groups = new Map<string, { party: string; type: DeviationType; dates: string[] }>();
  for (const f of facts)
    for (const party of f.parties) {
      const key = `${party}|${f.type}`;
      const g = groups.get(key) ?? { party, type: f.type, dates: [] };
      g.dates.push(f.receivedOn);
      groups.set(key, g);
    }
  const out: RecurringPattern[] = [];
  for (const g of groups.values()) {
    const dates = g.dates.sort();
    let recurrences = 0;
    for (let i = 1; i < dates.length; i++) if (addMonths(dates[i - 1]!, 12) >= dates[i]!) recurrences++;
    if (recurrences > 0) out.push({ party: g.party, type: g.type, cases: dates.length, recurrences });
  }
  return out.sort(
    (a, b) => b.recurrences - a.recurrences || a.party.localeCompare(b.party) || a.type.localeCompare(b.type),
  );
}

export interface Count {
  key: string;
  count: number;
}

const countBy = (keys: readonly string[]): Count[] => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
};

/** The key of a case without an insats (a forum) in counts per insats. */
export const NO_INTERVENTION = 'forum';

export interface DeviationStatistics {
  total: number;
  byParty: Count[];
  byType: Count[];
  byStatus: Count[];
  byIntervention: Count[];
  /** Per calendar month of receipt, "ÅÅÅÅ-MM". */
  byMonth: Count[];
  answered: number;
  medianDaysToAnswer: number | null;
  p90DaysToAnswer: number | null;
  /** Cases solved locally of those resolved either way (locally or raised); null when none is. */
  shareSolvedLocally: number | null;
  resolvedLocally: number;
  resolvedRaised: number;
  recurring: RecurringPattern[];
}

/**
 * The board's statistics (issue 15 §4). A case with several parties counts once for each party, so
 * the party counts may add up to more than the total. Days to answer: from receipt to the answer.
 */
export function deviationStatistics(facts: readonly DeviationFact[]): DeviationStatistics {
  const days = facts.filter((f) => f.answeredOn).map((f) => daysBetween(f.receivedOn, f.answeredOn!));
  const local = facts.filter((f) => f.resolution === 'local').length;
  const raised = facts.filter((f) => f.resolution === 'raised').length;
  return {
    total: facts.length,
    byParty: countBy(facts.flatMap((f) => [...new Set(f.parties)])),
    byType: countBy(facts.map((f) => f.type)),
    byStatus: countBy(facts.map((f) => f.status)),
    byIntervention: countBy(facts.map((f) => f.interventionId ?? NO_INTERVENTION)),
    byMonth: countBy(facts.map((f) => f.receivedOn.slice(0, 7))).sort((a, b) => a.key.localeCompare(b.key)),
    answered: days.length,
    medianDaysToAnswer: median(days),
    p90DaysToAnswer: nearestRankPercentile(days, 90),
    shareSolvedLocally: local + raised === 0 ? null : local / (local + raised),
    resolvedLocally: local,
    resolvedRaised: raised,
    recurring: recurringPatterns(facts),
  };
}

export interface AgreementDeviationCount {
  interventionId: string | null;
  year: number;
  count: number;
}

/**
 * The indicator "antal avvikelser från överenskommelsen mellan parterna" (seed 000) per insats and
 * year of receipt: cases of the type breach of or absence from the agreement.
 */
export function agreementDeviations(facts: readonly DeviationFact[]): AgreementDeviationCount[] {
  const m = new Map<string, AgreementDeviationCount>();
  for (const f of facts) {
    if (f.type !== AGREEMENT_DEVIATION_TYPE) continue;
    const year = Number(f.receivedOn.slice(0, 4));
    const key = `${f.interventionId ?? ''}|${year}`;
    const row = m.get(key) ?? { interventionId: f.interventionId, year, count: 0 };
    row.count++;
    m.set(key, row);
  }
  return [...m.values()].sort(
    (a, b) => a.year - b.year || (a.interventionId ?? '').localeCompare(b.interventionId ?? ''),
  );
}

/** The parties of a case as the statistics count them. */
export const partiesOf = (memberIds: readonly string[], ownOrganisation: boolean) =>
  ownOrganisation ? [...memberIds, OWN_ORGANISATION] : [...memberIds];

/** What a count of cases is narrowed to: empty lists mean every type and every party. */
export type DeviationCountFilter = Pick<GoalDeviationSource, 'types' | 'parties'>;

/** The indicator of seed 000: cases of the agreement type, whatever the party. */
export const AGREEMENT_COUNT_FILTER: DeviationCountFilter = { types: [AGREEMENT_DEVIATION_TYPE], parties: [] };

export interface DeviationYearCount {
  year: number;
  /** Cases received that year that match the filter, whatever their step in the flow. */
  count: number;
  /** Of those, the cases not yet answered. */
  open: number;
}

/**
 * Cases per calendar year of receipt that match a filter (decision 0050): of the given types (any, when
 * none), concerning at least one of the given parties (any, when none). Every case counts whatever its
 * step: the flow has no withdrawn or rejected state, and an answered case still happened. A year without
 * a case is a measured zero: every case is in Insikt (decision 0045).
 */
export function deviationCountsPerYear(
  facts: readonly Pick<DeviationFact, 'receivedOn' | 'status' | 'type' | 'parties'>[],
  filter: DeviationCountFilter,
  years: readonly number[],
): DeviationYearCount[] {
  const counted = facts.filter(
    (f) =>
      (filter.types.length === 0 || filter.types.includes(f.type)) &&
      (filter.parties.length === 0 || f.parties.some((p) => filter.parties.includes(p))),
  );
  return years.map((year) => {
    const ofYear = counted.filter((f) => Number(f.receivedOn.slice(0, 4)) === year);
    return {
      year,
      count: ofYear.length,
      open: ofYear.filter((f) => OPEN_DEVIATION_STATUSES.includes(f.status)).length,
    };
  });
}
