import { perturbCount, perturbMagnitude } from '../disclosure/cell-key';
import {
  ACTIVITY_KINDS,
  genderBalance,
  type ActivityKind,
  type ActivityRecord,
  type GenderCounts,
  type OrganisationAttendance,
} from './activities';

/**
 * One organisation's people at one activity, with a secret record key (0–255) per gender: the
 * server computes it in SQL from the server secret, as for participations (decision 0015). The
 * participant-hours have keys of their own: an activity's hours are public, so hours noise drawn
 * from the count's key would reveal that key and with it the true count (decision 0066).
 */
export interface KeyedAttendance extends OrganisationAttendance {
  keys: GenderCounts;
  hourKeys: GenderCounts;
}
export interface KeyedActivity extends Omit<ActivityRecord, 'attendance'> {
  interventionId: string;
  attendance: KeyedAttendance[];
}

/** A released count per gender and in total: null is hidden ("<5"). */
export interface ReleasedCounts {
  women: number | null;
  men: number | null;
  unknown: number | null;
  total: number | null;
}

export interface ReleasedOrganisation {
  organisationId: string;
  /** Activities the organisation took part in: a count of meetings, not of people, so exact. */
  activities: number;
  participants: ReleasedCounts;
  participantHours: ReleasedCounts;
}

/** The 40/60 check on released counts; `unknown` (uppgift saknas) is outside the share and said. */
export interface ReleasedBalance {
  womenShare: number | null;
  even: boolean | null;
  unknown: number | null;
}

export interface ReleasedTotals {
  activities: number;
  hours: number;
  byKind: Record<ActivityKind, number>;
  byOrganisation: ReleasedOrganisation[];
  participants: ReleasedCounts;
  participantHours: ReleasedCounts;
  balance: ReleasedBalance;
}

export interface ActivityReport {
  years: { year: number; totals: ReleasedTotals }[];
  total: ReleasedTotals;
  /** Styrgrupp meetings (kind styrgruppsmote) per insats and year: meetings, not people, so exact. */
  steeringMeetings: { interventionId: string; byYear: { year: number; meetings: number }[]; total: number }[];
}

const GENDERS = ['women', 'men', 'unknown'] as const;
type Gender = (typeof GENDERS)[number];

/** One cell: how many attendances, the participant-hours, its blocks' key sums and largest hours. */
interface Cell {
  count: number;
  hours: number;
  keySum: number;
  hourKeySum: number;
  largestHours: number;
}
const emptyCell = (): Cell => ({ count: 0, hours: 0, keySum: 0, hourKeySum: 0, largestHours: 0 });
function addBlock(cell: Cell, count: number, hours: number, key: number, hourKey: number) {
  if (count <= 0) return;
  cell.count += count;
  cell.hours += count * hours;
  cell.keySum += key;
  cell.hourKeySum += hourKey;
  cell.largestHours = Math.max(cell.largestHours, count * hours);
}

const oneDecimal = (v: number) => Math.round(v * 10) / 10;

/**
 * Releases one cell: exact without a threshold; else the count by the cell key method (0 stays,
 * 1 to threshold−1 hidden, the rest ±2) and the hours moved by up to half the largest single
 * block, hidden with a hidden count (decision 0015).
 */
function release(cell: Cell, threshold: number | null): { count: number | null; hours: number | null } {
  if (threshold === null) return { count: cell.count, hours: oneDecimal(cell.hours) };
  const count = perturbCount(cell.count, cell.keySum, threshold);
  if (count === null) return { count: null, hours: null };
  return { count, hours: oneDecimal(perturbMagnitude(cell.hours, cell.largestHours, cell.hourKeySum)) };
}

function releaseCells(cells: Record<Gender | 'total', Cell>, threshold: number | null) {
  const participants = {} as ReleasedCounts;
  const participantHours = {} as ReleasedCounts;
  for (const g of [...GENDERS, 'total'] as const) {
    const r = release(cells[g], threshold);
    participants[g] = r.count;
    participantHours[g] = r.hours;
  }
  return { participants, participantHours };
}

function balanceOf(c: ReleasedCounts): ReleasedBalance {
  if (c.women === null || c.men === null) return { womenShare: null, even: null, unknown: c.unknown };
  const b = genderBalance({ women: c.women, men: c.men, unknown: c.unknown ?? 0 });
  return { womenShare: b.womenShare, even: b.even, unknown: c.unknown };
}

const newCells = () => ({ women: emptyCell(), men: emptyCell(), unknown: emptyCell(), total: emptyCell() });

/**
 * Activities, participants and participant-hours per organisation and gender over a set of
 * activities, released through the cell key method when `threshold` is given (roles without
 * personal-data access, Excel and PDF): a count of attendances is a count of people. Each gender
 * block of an organisation at an activity is a record; a total is its own set of records, not
 * women + men. Source: issue 17 §4, decision 0015.
 */
export function releasedActivityTotals(activities: readonly KeyedActivity[], threshold: number | null): ReleasedTotals {
  const byKind = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, 0])) as Record<ActivityKind, number>;
  const all = newCells();
  const orgs = new Map<string, { cells: ReturnType<typeof newCells>; activities: number }>();
  let hours = 0;
  for (const a of activities) {
    byKind[a.kind] += 1;
    hours += a.hours;
    for (const o of a.attendance) {
      const org = orgs.get(o.organisationId) ?? { cells: newCells(), activities: 0 };
      orgs.set(o.organisationId, org);
      if (o.women + o.men + o.unknown > 0) org.activities += 1;
      for (const g of GENDERS) {
        for (const cells of [org.cells, all]) {
          addBlock(cells[g], o[g], a.hours, o.keys[g], o.hourKeys[g]);
          addBlock(cells.total, o[g], a.hours, o.keys[g], o.hourKeys[g]);
        }
      }
    }
  }
  const total = releaseCells(all, threshold);
  return {
    activities: activities.length,
    hours,
    byKind,
    byOrganisation: [...orgs].map(([organisationId, o]) => ({
      organisationId,
      activities: o.activities,
      ...releaseCells(o.cells, threshold),
    })),
    ...total,
    balance: balanceOf(total.participants),
  };
}

/**
 * The activity report of issue 17 §4 over whole calendar years: each year, the whole span, and the
 * styrgrupp meetings per insats. Protected reports cover whole years only, so every cell is a fixed
 * set of records (decision 0015).
 */
export function activityReport(
  activities: readonly KeyedActivity[],
  years: { fromYear: number; toYear: number },
  threshold: number | null,
): ActivityReport {
  const yearOf = (a: KeyedActivity) => Number(a.date.slice(0, 4));
  const within = activities.filter((a) => yearOf(a) >= years.fromYear && yearOf(a) <= years.toYear);
  const list = Array.from({ length: years.toYear - years.fromYear + 1 }, (_, i) => years.fromYear + i);
  const steering = new Map<string, Map<number, number>>();
  for (const a of within) {
    if (a.kind !== 'styrgruppsmote') continue;
    const perYear = steering.get(a.interventionId) ?? new Map<number, number>();
    steering.set(a.interventionId, perYear);
    perYear.set(yearOf(a), (perYear.get(yearOf(a)) ?? 0) + 1);
  }
  return {
    years: list.map((year) => ({
      year,
      totals: releasedActivityTotals(
        within.filter((a) => yearOf(a) === year),
        threshold,
      ),
    })),
    total: releasedActivityTotals(within, threshold),
    steeringMeetings: [...steering].map(([interventionId, perYear]) => ({
      interventionId,
      byYear: list.map((year) => ({ year, meetings: perYear.get(year) ?? 0 })),
      total: [...perYear.values()].reduce((s, n) => s + n, 0),
    })),
  };
}
