import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { OCCUPATIONS, SUPPORT_CODES, type Occupation, type SupportCode } from '../participation';
import { followUpDateProblem, type FollowUpKind } from './window';

/**
 * One follow-up after exit (docs/decisions/0022): when it was made, whether the person was
 * reached, and if so their support, occupation and hours, as recorded at exit. "Not reached" is an
 * answer of its own, not missing data: it counts against the response rate.
 */
export interface FollowUp {
  date: string;
  reached: boolean;
  support: SupportCode[];
  occupation: Occupation[];
  workHours: number | null;
  studyHours: number | null;
}

/** A follow-up as entered: every part optional (the participation form, the API, the import). */
export interface FollowUpEntry {
  date?: string | null | undefined;
  reached?: boolean | null | undefined;
  support?: SupportCode[] | null | undefined;
  occupation?: Occupation[] | null | undefined;
  workHours?: number | null | undefined;
  studyHours?: number | null | undefined;
}

/** The participation's flat field of each part of a follow-up (participation-schema.ts, the import). */
export const FOLLOW_UP_FIELDS = {
  '6m': {
    support: 'followUp6m',
    date: 'followUp6mDate',
    reached: 'followUp6mReached',
    occupation: 'followUp6mOccupation',
    workHours: 'followUp6mWorkHours',
    studyHours: 'followUp6mStudyHours',
  },
  '12m': {
    support: 'followUp12m',
    date: 'followUp12mDate',
    reached: 'followUp12mReached',
    occupation: 'followUp12mOccupation',
    workHours: 'followUp12mWorkHours',
    studyHours: 'followUp12mStudyHours',
  },
} as const satisfies Record<FollowUpKind, Record<keyof FollowUpEntry, string>>;
export type FollowUpPart = keyof FollowUpEntry;

/** The follow-up of one kind from a participation's flat fields. */
export function followUpEntryOf(fields: Record<string, unknown>, kind: FollowUpKind): FollowUpEntry {
  const names = FOLLOW_UP_FIELDS[kind];
  return Object.fromEntries(Object.entries(names).map(([part, name]) => [part, fields[name]])) as FollowUpEntry;
}

/** Whether anything of the follow-up was entered (null and undefined are nothing; so is an empty list). */
export function hasFollowUp(e: FollowUpEntry): boolean {
  return (
    e.date != null ||
    e.reached != null ||
    e.support != null ||
    (e.occupation?.length ?? 0) > 0 ||
    e.workHours != null ||
    e.studyHours != null
  );
}

/** Whether the entry mentions the follow-up at all (a key present, even as null): an update writes it. */
export const mentionsFollowUp = (e: FollowUpEntry) => Object.values(e).some((v) => v !== undefined);

/**
 * The problems of a follow-up entry for a participation that exited on `exitDate`, by part: it
 * needs an exit, a date within its window (the day it is recorded when none is given), and a
 * person not reached has no support, occupation or hours.
 */
export function followUpProblems(
  kind: FollowUpKind,
  e: FollowUpEntry,
  exitDate: string | null | undefined,
  today: string,
): { part: FollowUpPart; message: string }[] {
  if (!hasFollowUp(e)) return [];
  const label = kind === '6m' ? '6 månader' : '12 månader';
  if (!exitDate)
    return [{ part: 'date', message: `Uppföljning efter ${label} kan bara registreras när slutdatum är ifyllt.` }];
  const problems: { part: FollowUpPart; message: string }[] = [];
  const dateProblem = followUpDateProblem(kind, exitDate, e.date ?? today, today);
  if (dateProblem) problems.push({ part: 'date', message: dateProblem });
  const answered = (e.support?.length ?? 0) > 0 || (e.occupation?.length ?? 0) > 0 || !!e.workHours || !!e.studyHours;
  if (e.reached === false && answered)
    problems.push({
      part: 'reached',
      message: `En deltagare som inte nåddes vid uppföljningen efter ${label} har ingen försörjning, sysselsättning eller timmar.`,
    });
  return problems;
}

/** The follow-up as stored: dated the day it is recorded unless a date is given; reached unless said not. */
export function resolveFollowUp(e: FollowUpEntry, today: string): FollowUp | null {
  if (!hasFollowUp(e)) return null;
  const reached = e.reached ?? true;
  return {
    date: e.date ?? today,
    reached,
    support: reached ? (e.support ?? []) : [],
    occupation: reached ? (e.occupation ?? []) : [],
    workHours: reached ? (e.workHours ?? null) : null,
    studyHours: reached ? (e.studyHours ?? null) : null,
  };
}

const hours = z
  .number()
  .min(0, 'Timmar per vecka kan inte vara negativt.')
  .max(40, 'Högst 40 timmar per vecka.')
  .nullish();

/** The zod fields of one follow-up entry: shared by the participation schema and the follow-up form. */
export const followUpEntryShape = {
  date: isoDateSchema().nullish(),
  reached: z.boolean().nullish(),
  support: z.array(z.enum(SUPPORT_CODES)).max(14).nullish(),
  occupation: z.array(z.enum(OCCUPATIONS)).max(5).nullish(),
  workHours: hours,
  studyHours: hours,
};

/** Recording one follow-up (PUT …/follow-ups/:kind): the date and whether reached are required. */
export const followUpInput = z.object({
  ...followUpEntryShape,
  date: isoDateSchema(),
  reached: z.boolean(),
  support: followUpEntryShape.support.default([]),
  occupation: followUpEntryShape.occupation.default([]),
  version: z.number().int().nonnegative(),
});
export type FollowUpInput = z.infer<typeof followUpInput>;
