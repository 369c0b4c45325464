import { MAX_COUNT_NOISE, perturbCount, perturbMagnitude } from '../disclosure/cell-key';
import type { Gender } from '../participation';
import {
  addAggregates,
  aggregateRecords,
  type CellAggregate,
  type GenderAggregates,
  type OutcomeRecord,
} from './aggregate';
import { cellsOf, valuesOf, type NullableAggregate, type OutcomeCells } from './cells';
import { OUTCOME_COLUMNS, OUTCOME_INDICATORS, type OutcomeColumn, type OutcomeIndicatorId } from './indicators';

/** Default threshold of statistical disclosure control: counts 1–4 are hidden (participant-data.md §3). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** Why a value is not shown: a count of 1 to threshold−1, or a value computed from one. */
export const SUPPRESSION_REASONS = ['small_count', 'computed_from_small_count'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export interface SuppressedCell {
  indicator: OutcomeIndicatorId;
  column: OutcomeColumn;
  reason: SuppressionReason;
}

/** The counts of a cell: each is protected on its own, by the keys of the records it counts. */
export const PROTECTED_COUNTS = [
  'n',
  'persons',
  'under30',
  'publicSupportOver3Years',
  'forgymnasial',
  'eftergymnasial',
  'working',
  'workingOrStudying',
  'increased',
] as const satisfies readonly (keyof CellAggregate)[];
export type ProtectedCount = (typeof PROTECTED_COUNTS)[number];

/** Sums of the record keys behind each count of a cell (cell key method, docs/decisions/0015). */
export type CellKeySums = Record<ProtectedCount, number>;

/** The largest single contribution to each sum of magnitudes in a cell. */
export interface CellMaxima {
  enrolledDays: number;
  workingHours: number;
  workingOrStudyingHours: number;
}

/** What the cell key method needs of one cell besides its sums. */
export interface CellProtectionInput {
  keys: CellKeySums;
  max: CellMaxima;
}

export const emptyProtectionInput = (): CellProtectionInput => ({
  keys: Object.fromEntries(PROTECTED_COUNTS.map((c) => [c, 0])) as CellKeySums,
  max: { enrolledDays: 0, workingHours: 0, workingOrStudyingHours: 0 },
});

/** The protection input of a union of two disjoint cells: key sums add, maxima take the larger. */
export function addProtectionInputs(a: CellProtectionInput, b: CellProtectionInput): CellProtectionInput {
  const keys = { ...a.keys };
  for (const c of PROTECTED_COUNTS) keys[c] += b.keys[c];
  return {
    keys,
    max: {
      enrolledDays: Math.max(a.max.enrolledDays, b.max.enrolledDays),
      workingHours: Math.max(a.max.workingHours, b.max.workingHours),
      workingOrStudyingHours: Math.max(a.max.workingOrStudyingHours, b.max.workingOrStudyingHours),
    },
  };
}

/**
 * The protected sums of one cell: every count through the cell key method (0 stays, 1 to
 * threshold−1 hidden, the rest ±2), days and hours moved by up to half their largest
 * contribution, and every sum of a hidden count hidden with it.
 */
export function protectSums(sums: CellAggregate, input: CellProtectionInput, threshold: number): NullableAggregate {
  const count = (c: ProtectedCount) => perturbCount(sums[c], input.keys[c], threshold);
  const n = count('n');
  const working = count('working');
  const workingOrStudying = count('workingOrStudying');
  const persons = count('persons');
  return {
    n,
    // One person is at most one participation: never more distinct persons than participations.
    persons: persons === null || n === null ? persons : Math.min(persons, n),
    under30: count('under30'),
    publicSupportOver3Years: count('publicSupportOver3Years'),
    forgymnasial: count('forgymnasial'),
    eftergymnasial: count('eftergymnasial'),
    enrolledDays: perturbMagnitude(sums.enrolledDays, input.max.enrolledDays, input.keys.n + 1),
    working,
    workingHours:
      working === null ? null : perturbMagnitude(sums.workingHours, input.max.workingHours, input.keys.working + 2),
    workingOrStudying,
    workingOrStudyingHours:
      workingOrStudying === null
        ? null
        : perturbMagnitude(
            sums.workingOrStudyingHours,
            input.max.workingOrStudyingHours,
            input.keys.workingOrStudying + 3,
          ),
    increased: count('increased'),
  };
}

/**
 * The protection input per gender from records, mirroring the server's SQL: each count's key
 * sum is the sum of the keys of the records it counts (distinct persons by their person's key).
 */
export function protectionOfRecords(records: readonly OutcomeRecord[]): Record<Gender, CellProtectionInput> {
  const result = { kvinna: emptyProtectionInput(), man: emptyProtectionInput() };
  const seen = { kvinna: new Set<string>(), man: new Set<string>() };
  for (const r of records) {
    const sums = aggregateRecords([r])[r.gender];
    const p = result[r.gender];
    const key = r.recordKey ?? 0;
    for (const c of PROTECTED_COUNTS) if (c !== 'persons' && sums[c] > 0) p.keys[c] += key;
    if (r.personKey === null) p.keys.persons += key;
    else if (!seen[r.gender].has(r.personKey)) {
      seen[r.gender].add(r.personKey);
      p.keys.persons += r.personRecordKey ?? 0;
    }
    p.max.enrolledDays = Math.max(p.max.enrolledDays, sums.enrolledDays);
    p.max.workingHours = Math.max(p.max.workingHours, sums.workingHours);
    p.max.workingOrStudyingHours = Math.max(p.max.workingOrStudyingHours, sums.workingOrStudyingHours);
  }
  return result;
}

const COUNT_INDICATORS = new Set<OutcomeIndicatorId>(
  OUTCOME_INDICATORS.filter((i) => i.kind === 'count').map((i) => i.id),
);

/**
 * Statistical disclosure control of one group of the outcome report (docs/decisions/0015):
 * every column's sums are protected by `protectSums`, every share is a protected count over a
 * protected count (at most 100 %), and when a column's `antal` is hidden, everything in that
 * column is hidden, zeros included ("none of the 1–4 men works" is a disclosure too).
 */
export function protectOutcomeCells(
  byGender: GenderAggregates,
  protection: Record<Gender, CellProtectionInput>,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): { cells: OutcomeCells; suppressed: SuppressedCell[] } {
  const input: Record<OutcomeColumn, { sums: CellAggregate; protection: CellProtectionInput }> = {
    total: {
      sums: addAggregates(byGender.kvinna, byGender.man),
      protection: addProtectionInputs(protection.kvinna, protection.man),
    },
    kvinna: { sums: byGender.kvinna, protection: protection.kvinna },
    man: { sums: byGender.man, protection: protection.man },
  };
  const sums = Object.fromEntries(
    OUTCOME_COLUMNS.map((c) => [c, protectSums(input[c].sums, input[c].protection, threshold)]),
  ) as Record<OutcomeColumn, NullableAggregate>;
  const suppressed: SuppressedCell[] = [];
  const columns = Object.fromEntries(
    OUTCOME_COLUMNS.map((column) => {
      const values = valuesOf(sums[column], sums.total.n);
      const exact = valuesOf(input[column].sums, input.total.sums.n);
      for (const { id, kind } of OUTCOME_INDICATORS) {
        if (kind === 'share' && values[id] !== null) values[id] = Math.min(1, values[id]);
        if (sums[column].n === null) values[id] = null;
        if (values[id] === null && exact[id] !== null)
          suppressed.push({
            indicator: id,
            column,
            reason: COUNT_INDICATORS.has(id) ? 'small_count' : 'computed_from_small_count',
          });
      }
      return [column, values];
    }),
  ) as Record<OutcomeColumn, Record<OutcomeIndicatorId, number | null>>;
  return { cells: cellsOf(columns), suppressed };
}

/** The text shown for a hidden value: "<5" for a small count, ".." (SCB's sign) for the rest. */
export function suppressedText(reason: SuppressionReason, threshold = DEFAULT_SUPPRESSION_THRESHOLD): string {
  return reason === 'small_count' ? `<${threshold}` : '..';
}

/** The sentence beside every protected table in files for the board (the web has it in i18n). */
export function protectionNoteSv(threshold = DEFAULT_SUPPRESSION_THRESHOLD, maxNoise = MAX_COUNT_NOISE): string {
  return (
    `Röjandeskydd: antal 1–${threshold - 1} visas som "<${threshold}" och det som räknas fram ur dem som "..". ` +
    `Övriga antal är flyttade slumpmässigt med högst ${maxNoise}, alltid lika för samma deltagare, så att ingen kan ` +
    'räkna fram en enskild persons uppgifter genom att jämföra rapporter. Därför kan delarna skilja sig något från summan.'
  );
}
