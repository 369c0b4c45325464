import { EVEN_DISTRIBUTION } from '../outcome/gender-equality';

/** What happens in a structural insats (issue 17 §1, seed 000 §3.2: arbetsgrupp, styrgrupp/LOKSAM, samordnardagar). */
export const ACTIVITY_KINDS = [
  'samverkansmote',
  'utbildningsdag',
  'natverksmote',
  'samordnardag',
  'styrgruppsmote',
  'informationsinsats',
  'annat',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS_SV: Record<ActivityKind, string> = {
  samverkansmote: 'Samverkansmöte (t.ex. arbetsgrupp)',
  utbildningsdag: 'Utbildningsdag',
  natverksmote: 'Nätverksmöte',
  samordnardag: 'Samordnardag',
  styrgruppsmote: 'Styrgruppsmöte',
  informationsinsats: 'Informationsinsats',
  annat: 'Annat',
};

/** People from one organisation at one activity, by gender; `unknown` is "uppgift saknas". Counts only. */
export interface OrganisationAttendance {
  /** A member of the förbund, or a key of the förbund's own for others ("övriga"). */
  organisationId: string;
  women: number;
  men: number;
  unknown: number;
}

export interface ActivityRecord {
  date: string;
  kind: ActivityKind;
  /** Length in hours (a training day: 6, a meeting: 1,5). */
  hours: number;
  attendance: OrganisationAttendance[];
}

export interface GenderCounts {
  women: number;
  men: number;
  unknown: number;
}

export const attendanceTotal = (c: GenderCounts) => c.women + c.men + c.unknown;

const add = (a: GenderCounts, b: GenderCounts): GenderCounts => ({
  women: a.women + b.women,
  men: a.men + b.men,
  unknown: a.unknown + b.unknown,
});
const ZERO: GenderCounts = { women: 0, men: 0, unknown: 0 };
const times = (c: GenderCounts, f: number): GenderCounts => ({
  women: c.women * f,
  men: c.men * f,
  unknown: c.unknown * f,
});

export interface OrganisationTotals {
  organisationId: string;
  /** Attendances: a person at three meetings counts three times (the form counts heads per activity). */
  participants: GenderCounts;
  /** Participant-hours: participants × the activity's hours. */
  participantHours: GenderCounts;
  /** Activities this organisation took part in (anyone present). */
  activities: number;
}

export interface ActivityTotals {
  activities: number;
  hours: number;
  byKind: Record<ActivityKind, number>;
  byOrganisation: OrganisationTotals[];
  participants: GenderCounts;
  participantHours: GenderCounts;
}

/**
 * Activities, participants and participant-hours per organisation and gender over a set of activities.
 * Participants are attendances (heads per activity), since only counts are recorded, never persons.
 * Source: issue 17 §1 and §4 ("activities and participant-hours per organisation and gender").
 */
export function activityTotals(activities: readonly ActivityRecord[]): ActivityTotals {
  const byOrg = new Map<string, OrganisationTotals>();
  const byKind = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, 0])) as Record<ActivityKind, number>;
  let participants = ZERO;
  let participantHours = ZERO;
  let hours = 0;
  for (const a of activities) {
    byKind[a.kind] += 1;
    hours += a.hours;
    for (const o of a.attendance) {
      const t = byOrg.get(o.organisationId) ?? {
        organisationId: o.organisationId,
        participants: ZERO,
        participantHours: ZERO,
        activities: 0,
      };
      t.participants = add(t.participants, o);
      t.participantHours = add(t.participantHours, times(o, a.hours));
      if (attendanceTotal(o) > 0) t.activities += 1;
      byOrg.set(o.organisationId, t);
      participants = add(participants, o);
      participantHours = add(participantHours, times(o, a.hours));
    }
  }
  return {
    activities: activities.length,
    hours,
    byKind,
    byOrganisation: [...byOrg.values()],
    participants,
    participantHours,
  };
}

export interface GenderBalance {
  /** Women's share of those whose gender is known (null when nobody's is). */
  womenShare: number | null;
  /** Within 40–60 % (seed 000: "jämn könsfördelning (60/40)"); null when it cannot be judged. */
  even: boolean | null;
  /** How many have no recorded gender: they are outside the share, and the check says so. */
  unknown: number;
}

/** The 40/60 check of seed 000 on counts with known gender; "uppgift saknas" is reported, not guessed. */
export function genderBalance(c: GenderCounts): GenderBalance {
  const known = c.women + c.men;
  if (known === 0) return { womenShare: null, even: null, unknown: c.unknown };
  const womenShare = c.women / known;
  // The epsilon keeps exactly 40 % or 60 % (e.g. 2 of 5) inside the band despite binary rounding.
  const even = womenShare + 1e-9 >= EVEN_DISTRIBUTION.min && womenShare - 1e-9 <= EVEN_DISTRIBUTION.max;
  return { womenShare, even, unknown: c.unknown };
}
