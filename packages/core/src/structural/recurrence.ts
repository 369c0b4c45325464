import { StructuralInputError } from './errors';

/** How a recurring activity repeats (issue 17 §1: "a monthly joint team entered quickly"). */
export type Recurrence =
  | { kind: 'weekly'; everyWeeks: number }
  /** The same weekday in the n:th week of each month (1–4), or the last (−1): "andra tisdagen varje månad". */
  | { kind: 'monthly-weekday'; week: 1 | 2 | 3 | 4 | -1 };

const MAX_OCCURRENCES = 120;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const parse = (s: string) => new Date(`${s}T00:00:00Z`);

function nthWeekday(year: number, month: number, weekday: number, week: number): Date | null {
  if (week === -1) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    last.setUTCDate(last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7));
    return last;
  }
  const first = new Date(Date.UTC(year, month, 1));
  const day = 1 + ((weekday - first.getUTCDay() + 7) % 7) + (week - 1) * 7;
  const d = new Date(Date.UTC(year, month, day));
  // `month` runs past 11 for the months after the first year: compare with the normalised month.
  return d.getUTCMonth() === first.getUTCMonth() ? d : null;
}

/**
 * The dates of a recurring activity from its first date up to and including `until`: every n weeks on the
 * same weekday, or the first date's weekday in the rule's week of each month. At most 120.
 */
export function recurringDates(first: string, until: string, rule: Recurrence): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(first) || Number.isNaN(parse(first).getTime())) {
    throw new StructuralInputError(`Första datum måste skrivas ÅÅÅÅ-MM-DD, fick ${first}.`, 'first', first);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < first) {
    throw new StructuralInputError(
      `Sista datum måste vara samma dag som eller efter ${first}, fick ${until}.`,
      'until',
      until,
    );
  }
  const dates: string[] = [];
  const start = parse(first);
  if (rule.kind === 'weekly') {
    if (!Number.isInteger(rule.everyWeeks) || rule.everyWeeks < 1 || rule.everyWeeks > 8) {
      throw new StructuralInputError(
        `Antal veckor mellan tillfällena måste vara 1–8, fick ${rule.everyWeeks}.`,
        'everyWeeks',
        rule.everyWeeks,
      );
    }
    for (const d = new Date(start); iso(d) <= until; d.setUTCDate(d.getUTCDate() + 7 * rule.everyWeeks))
      dates.push(iso(d));
  } else {
    for (let m = 0; ; m++) {
      const d = nthWeekday(start.getUTCFullYear(), start.getUTCMonth() + m, start.getUTCDay(), rule.week);
      const monthStart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1));
      if (iso(monthStart) > until) break;
      if (d && iso(d) >= first && iso(d) <= until) dates.push(iso(d));
      if (dates.length > MAX_OCCURRENCES) break;
    }
  }
  if (dates.length > MAX_OCCURRENCES) {
    throw new StructuralInputError(
      `Högst ${MAX_OCCURRENCES} tillfällen kan läggas in på en gång, fick ${dates.length}.`,
      'until',
      until,
    );
  }
  return dates;
}
