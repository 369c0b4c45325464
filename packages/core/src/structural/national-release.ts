import { perturbCount } from '../disclosure/cell-key';
import type { Gender } from '../participation';
import { releasedActivityTotals, type KeyedActivity, type ReleasedCounts } from './activity-report';
import {
  INDIVIDUAL_MEASURES,
  personOf,
  yearMembership,
  type IndividualMeasure,
  type NationalParticipation,
} from './national-figures';

/** A participation with its secret record keys (0–255), computed by the server as for the outcome report. */
export interface KeyedNationalParticipation extends NationalParticipation {
  /** The participation's key. */
  recordKey: number;
  /** The person's key (the participation's own for an anonymous one), for the unique persons. */
  personRecordKey: number;
}

/** The yearly counts of an individual insats per gender and in total; null is hidden ("<5"). */
export type ReleasedIndividualFigures = Record<IndividualMeasure, ReleasedCounts>;

/** A structural insats's yearly counts: activities (not people, exact) and attendances per organisation. */
export interface ReleasedStructuralFigures {
  activities: number;
  participants: ReleasedCounts;
  byOrganisation: { organisationId: string; activities: number; participants: ReleasedCounts }[];
}

interface Cell {
  count: number;
  keySum: number;
}
const COLUMNS = ['women', 'men', 'total'] as const;
const GENDER_COLUMN: Record<Gender, 'women' | 'men'> = { kvinna: 'women', man: 'men' };

/**
 * The yearly national counts of an individual insats (`yearMembership`), released through the cell
 * key method when `threshold` is given: each count per gender and the total is its own set of records
 * (participations, and persons by their person's key for the unique persons), as in the outcome report,
 * so the same set gets the same value there. A column whose participants are hidden is hidden whole
 * ("none of the 1–4 men exited" is a disclosure too); unique persons never exceed participations.
 * Gender is required for participations, so "uppgift saknas" is always 0. Source: issue 17 §5,
 * decisions 0015 and 0063.
 */
export function releasedIndividualYearFigures(
  participations: readonly KeyedNationalParticipation[],
  year: number,
  threshold: number | null,
): ReleasedIndividualFigures {
  const cells = Object.fromEntries(
    INDIVIDUAL_MEASURES.map((m) => [m, Object.fromEntries(COLUMNS.map((c) => [c, { count: 0, keySum: 0 }]))]),
  ) as Record<IndividualMeasure, Record<(typeof COLUMNS)[number], Cell>>;
  const add = (m: IndividualMeasure, gender: Gender, key: number) => {
    for (const c of [GENDER_COLUMN[gender], 'total'] as const) {
      cells[m][c].count += 1;
      cells[m][c].keySum += key;
    }
  };
  const persons = new Map<string, { gender: Gender; key: number }>();
  participations.forEach((p, i) => {
    const member = yearMembership(p, year);
    if (!member) return;
    for (const m of INDIVIDUAL_MEASURES) if (m !== 'uniquePersons' && member[m]) add(m, p.gender, p.recordKey);
    persons.set(personOf(p, i), { gender: p.gender, key: p.personRecordKey });
  });
  for (const person of persons.values()) add('uniquePersons', person.gender, person.key);
  const release = (cell: Cell) => (threshold === null ? cell.count : perturbCount(cell.count, cell.keySum, threshold));
  const result = {} as ReleasedIndividualFigures;
  for (const m of INDIVIDUAL_MEASURES) result[m] = { women: 0, men: 0, unknown: 0, total: 0 };
  for (const c of COLUMNS) {
    const participants = release(cells.participants[c]);
    for (const m of INDIVIDUAL_MEASURES) {
      const value = participants === null ? null : release(cells[m][c]);
      // One person is at least one participation; the other counts keep their own value, the same
      // as the same records get in the outcome report (exited in the year is its antal).
      result[m][c] =
        m === 'uniquePersons' && value !== null && participants !== null ? Math.min(value, participants) : value;
    }
  }
  return result;
}

/**
 * The yearly national counts of a structural insats (`structuralYearFigures`), released by the
 * activity report's cell key method (decision 0058) when `threshold` is given, so a cell has the same
 * value as in that report. Source: issue 17 §5.
 */
export function releasedStructuralYearFigures(
  activities: readonly KeyedActivity[],
  year: number,
  threshold: number | null,
): ReleasedStructuralFigures {
  const t = releasedActivityTotals(
    activities.filter((a) => a.date.startsWith(`${year}-`)),
    threshold,
  );
  return {
    activities: t.activities,
    participants: t.participants,
    byOrganisation: t.byOrganisation.map((o) => ({
      organisationId: o.organisationId,
      activities: o.activities,
      participants: o.participants,
    })),
  };
}
