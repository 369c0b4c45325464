/** Days before a meeting that a case must reach the förbundschef (seed 003: "minst två veckor"). */
export const DEADLINE_DAYS_BEFORE_MEETING = 14;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export interface CaseDeadline {
  meetingDate: string;
  deadline: string;
}

/**
 * The deadline of a case (seed 003): it must reach the förbundschef at least 14 days before the
 * body meets. The meeting is the one chosen when the case was raised, else the first meeting of the
 * body whose deadline is on or after the day the case came in (a case that came in too late for a
 * meeting goes to the next). No meeting known: no deadline (null), never a guessed one.
 */
export function caseDeadline(
  meetings: readonly string[],
  receivedOn: string,
  chosenMeeting: string | null = null,
): CaseDeadline | null {
  if (chosenMeeting)
    return { meetingDate: chosenMeeting, deadline: addDays(chosenMeeting, -DEADLINE_DAYS_BEFORE_MEETING) };
  const next = [...meetings].sort().find((m) => addDays(m, -DEADLINE_DAYS_BEFORE_MEETING) >= receivedOn);
  return next ? { meetingDate: next, deadline: addDays(next, -DEADLINE_DAYS_BEFORE_MEETING) } : null;
}

/** Whether an open case is past its deadline on `today`. */
export const isOverdue = (deadline: CaseDeadline | null, open: boolean, today: string) =>
  open && deadline !== null && today > deadline.deadline;
