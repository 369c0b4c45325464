import {
  ageAtStart,
  daysBetween,
  FULL_TIME_HOURS,
  type EducationLevel,
  type ExitReason,
  type Gender,
  type PublicSupportDuration,
} from '../participation';

/** What the outcome report needs of one exited participation. Hours are null when not recorded. */
export interface OutcomeRecord {
  /** Stable person reference within the förbund; null for an anonymous participation. */
  personKey: string | null;
  gender: Gender;
  birthYear: number;
  birthDate: string | null;
  startDate: string;
  exitDate: string;
  exitReason: ExitReason;
  education: EducationLevel | null;
  publicSupportBefore: PublicSupportDuration | null;
  workHoursBefore: number | null;
  studyHoursBefore: number | null;
  workHoursAfter: number | null;
  studyHoursAfter: number | null;
  /** The record's key for the cell key method (0–255), and its person's; 0 where not protected. */
  recordKey?: number;
  personRecordKey?: number;
}

/**
 * The sums one cell of the report is computed from. The server gets them from one SQL
 * aggregation per grouping; `aggregateRecords` computes the same from records (tests, small sets).
 * Full-time sums are kept in hours so that no fraction is rounded before the end.
 */
export interface CellAggregate {
  n: number;
  persons: number;
  under30: number;
  publicSupportOver3Years: number;
  forgymnasial: number;
  eftergymnasial: number;
  enrolledDays: number;
  working: number;
  workingHours: number;
  workingOrStudying: number;
  workingOrStudyingHours: number;
  increased: number;
}

export type GenderAggregates = Record<Gender, CellAggregate>;

export const emptyAggregate = (): CellAggregate => ({
  n: 0,
  persons: 0,
  under30: 0,
  publicSupportOver3Years: 0,
  forgymnasial: 0,
  eftergymnasial: 0,
  enrolledDays: 0,
  working: 0,
  workingHours: 0,
  workingOrStudying: 0,
  workingOrStudyingHours: 0,
  increased: 0,
});

export function addAggregates(a: CellAggregate, b: CellAggregate): CellAggregate {
  const sum = emptyAggregate();
  for (const key of Object.keys(sum) as (keyof CellAggregate)[]) sum[key] = a[key] + b[key];
  return sum;
}

const sumHours = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

/** Whether a record belongs in the report: exited within the period, not a registration error (§3). */
export function inOutcomePeriod(
  record: Pick<OutcomeRecord, 'exitDate' | 'exitReason'>,
  from: string,
  to: string,
): boolean {
  return record.exitReason !== 'felregistrering' && record.exitDate >= from && record.exitDate <= to;
}

/** The SUS sums per gender over exited participations (participant-data.md §3). */
export function aggregateRecords(records: readonly OutcomeRecord[]): GenderAggregates {
  const result: GenderAggregates = { kvinna: emptyAggregate(), man: emptyAggregate() };
  const seen: Record<Gender, Set<string>> = { kvinna: new Set(), man: new Set() };
  for (const r of records) {
    const cell = result[r.gender];
    cell.n += 1;
    // Anonymous participations count as distinct persons (§3, antal_unika).
    if (r.personKey === null) cell.persons += 1;
    else if (!seen[r.gender].has(r.personKey)) {
      seen[r.gender].add(r.personKey);
      cell.persons += 1;
    }
    if (ageAtStart(r.startDate, r.birthYear, r.birthDate) < 30) cell.under30 += 1;
    if (r.publicSupportBefore === 'over_3_ar') cell.publicSupportOver3Years += 1;
    if (r.education === 'forgymnasial') cell.forgymnasial += 1;
    if (r.education === 'eftergymnasial_kort' || r.education === 'eftergymnasial_lang') cell.eftergymnasial += 1;
    cell.enrolledDays += daysBetween(r.startDate, r.exitDate);
    if (r.workHoursAfter !== null && r.workHoursAfter > 0) {
      cell.working += 1;
      cell.workingHours += Math.min(r.workHoursAfter, FULL_TIME_HOURS);
    }
    const after = sumHours(r.workHoursAfter, r.studyHoursAfter);
    const before = sumHours(r.workHoursBefore, r.studyHoursBefore);
    if (after !== null && after > 0) {
      cell.workingOrStudying += 1;
      cell.workingOrStudyingHours += Math.min(after, FULL_TIME_HOURS);
    }
    // Unknown hours count in the denominator but never as an increase (§3: missing values).
    if (after !== null && before !== null && after > before) cell.increased += 1;
  }
  return result;
}
