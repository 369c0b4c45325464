/**
 * When a follow-up after exit may be recorded (docs/decisions/0022): the 6-month follow-up from
 * 5 to 9 months after exit, the 12-month one from 11 to 15 months. A follow-up outside its window
 * would not measure what its name says (issue 12 §8: a "6-month" follow-up saved 11 days after exit).
 */
export const FOLLOW_UP_KINDS = ['6m', '12m'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Months after exit: the target date, and the first and last day the follow-up may be made. */
export const FOLLOW_UP_MONTHS: Record<FollowUpKind, { target: number; opens: number; closes: number }> = {
  '6m': { target: 6, opens: 5, closes: 9 },
  '12m': { target: 12, opens: 11, closes: 15 },
};

export const FOLLOW_UP_LABELS_SV: Record<FollowUpKind, string> = {
  '6m': 'Uppföljningen efter 6 månader',
  '12m': 'Uppföljningen efter 12 månader',
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * An ISO date plus whole months, the day kept or moved back to the month's last day
 * (31 August + 6 months = 28 or 29 February), as PostgreSQL's `date + interval 'n months'`.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay(year, month)))}`;
}

export interface FollowUpWindow {
  kind: FollowUpKind;
  /** The day the follow-up is due (6 or 12 months after exit). */
  target: string;
  /** First and last day it may be recorded, both included. */
  opens: string;
  closes: string;
}

/** The window of one follow-up of a participation that exited on `exitDate`. */
export function followUpWindow(exitDate: string, kind: FollowUpKind): FollowUpWindow {
  const months = FOLLOW_UP_MONTHS[kind];
  return {
    kind,
    target: addMonths(exitDate, months.target),
    opens: addMonths(exitDate, months.opens),
    closes: addMonths(exitDate, months.closes),
  };
}

/**
 * Where a follow-up not yet recorded stands on `today`: its window not yet open, open and due
 * (on or before the target date), open and overdue (after it), or closed (it can no longer be made).
 */
export type FollowUpTiming = 'not_yet' | 'due' | 'overdue' | 'closed';

export function followUpTiming(exitDate: string, kind: FollowUpKind, today: string): FollowUpTiming {
  const w = followUpWindow(exitDate, kind);
  if (today < w.opens) return 'not_yet';
  if (today <= w.target) return 'due';
  if (today <= w.closes) return 'overdue';
  return 'closed';
}

/**
 * Why a follow-up may not be dated `date`, in Swedish, naming the follow-up and the allowed
 * dates; null when the date is allowed. `today` bounds it too: no follow-up is made in the future.
 */
export function followUpDateProblem(kind: FollowUpKind, exitDate: string, date: string, today: string): string | null {
  const w = followUpWindow(exitDate, kind);
  const { opens, closes } = FOLLOW_UP_MONTHS[kind];
  if (date > today) return `${FOLLOW_UP_LABELS_SV[kind]} kan inte vara gjord i framtiden (${date}).`;
  if (date < w.opens || date > w.closes)
    return (
      `${FOLLOW_UP_LABELS_SV[kind]} får göras från ${w.opens} till ${w.closes} ` +
      `(${opens}–${closes} månader efter slutdatum ${exitDate}), inte ${date}.`
    );
  return null;
}
