import type { ExitReason, Gender } from '../participation';
import { activityTotals, type ActivityRecord, type GenderCounts, type OrganisationTotals } from './activities';

/** A participation as the yearly national figures read it (participant-data.md §1). */
export interface NationalParticipation {
  /** Stable per person within the förbund; null for an anonymous participation (counts as its own person). */
  personKey: string | null;
  gender: Gender;
  startDate: string;
  exitDate: string | null;
  exitReason: ExitReason | null;
}

export interface GenderTotals {
  total: number;
  women: number;
  men: number;
}

export interface IndividualYearFigures {
  /** Participations active on some day of the year. */
  participants: GenderTotals;
  /** Started in the year: the start date is 1 January–31 December. */
  started: GenderTotals;
  /** Exited in the year: the exit date is 1 January–31 December. */
  exited: GenderTotals;
  /** Still enrolled at the end of the year: no exit, or an exit after 31 December. */
  ongoingAtYearEnd: GenderTotals;
  /** Distinct persons among the participants (anonymous participations count as distinct). */
  uniquePersons: GenderTotals;
}

const tally = (list: readonly { gender: Gender }[]): GenderTotals => ({
  total: list.length,
  women: list.filter((p) => p.gender === 'kvinna').length,
  men: list.filter((p) => p.gender === 'man').length,
});

/** The individual counts of a year, in the order of the national file (decision 0063). */
export const INDIVIDUAL_MEASURES = ['started', 'ongoingAtYearEnd', 'exited', 'participants', 'uniquePersons'] as const;
export type IndividualMeasure = (typeof INDIVIDUAL_MEASURES)[number];

/**
 * Which of a year's participation counts one participation is in; null when it was not active in the
 * year or is a felregistrering (participant-data.md §1). Boundaries: a participation starting on
 * 1 January or exiting on 31 December belongs to the year; one exiting on 31 December is not
 * ongoing at the year's end. Source: issue 17 §5, decision 0059.
 */
export function yearMembership(
  p: Pick<NationalParticipation, 'startDate' | 'exitDate' | 'exitReason'>,
  year: number,
): Record<Exclude<IndividualMeasure, 'uniquePersons'>, boolean> | null {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (p.exitReason === 'felregistrering') return null;
  if (p.startDate > last || (p.exitDate !== null && p.exitDate < first)) return null;
  return {
    participants: true,
    started: p.startDate >= first,
    exited: p.exitDate !== null && p.exitDate <= last,
    ongoingAtYearEnd: p.exitDate === null || p.exitDate > last,
  };
}

/** The key of a person among a year's participations: an anonymous participation is its own person. */
export const personOf = (p: Pick<NationalParticipation, 'personKey'>, index: number) =>
  p.personKey === null ? `anonym:${index}` : `p:${p.personKey}`;

/**
 * The counts a förbund reports nationally for an individual insats and year (see `yearMembership`
 * for the boundaries). Source: issue 17 §5.
 */
export function individualYearFigures(
  participations: readonly NationalParticipation[],
  year: number,
): IndividualYearFigures {
  const active = participations.flatMap((p, i) => {
    const m = yearMembership(p, year);
    return m ? [{ ...p, m, person: personOf(p, i) }] : [];
  });
  const persons = new Map(active.map((p) => [p.person, p]));
  return {
    participants: tally(active),
    started: tally(active.filter((p) => p.m.started)),
    exited: tally(active.filter((p) => p.m.exited)),
    ongoingAtYearEnd: tally(active.filter((p) => p.m.ongoingAtYearEnd)),
    uniquePersons: tally([...persons.values()]),
  };
}

export interface StructuralYearFigures {
  activities: number;
  participants: GenderCounts;
  byOrganisation: OrganisationTotals[];
}

/** The counts a förbund reports nationally for a structural insats and year: activities and participants per member organisation and gender. Source: issue 17 §5. */
export function structuralYearFigures(activities: readonly ActivityRecord[], year: number): StructuralYearFigures {
  const inYear = activities.filter((a) => a.date.startsWith(`${year}-`));
  const t = activityTotals(inYear);
  return { activities: t.activities, participants: t.participants, byOrganisation: t.byOrganisation };
}
