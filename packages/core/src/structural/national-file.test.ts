import { describe, expect, it } from 'vitest';
import { perturbCount } from '../disclosure/cell-key';
import type { KeyedActivity } from './activity-report';
import { NATIONAL_FILE_COLUMNS, nationalFileTable } from './national-file';
import { structuralYearFigures } from './national-figures';
import {
  releasedIndividualYearFigures,
  releasedStructuralYearFigures,
  type KeyedNationalParticipation,
} from './national-release';

const p = (
  personKey: string | null,
  gender: 'kvinna' | 'man',
  startDate: string,
  exitDate: string | null,
  recordKey = 0,
  personRecordKey = recordKey,
): KeyedNationalParticipation => ({
  personKey,
  gender,
  startDate,
  exitDate,
  exitReason: exitDate ? 'arbete' : null,
  recordKey,
  personRecordKey,
});

describe('the yearly national figures of an individual insats, released', () => {
  // Hand-computed for 2026: the boundaries the existing fixture does not cover.
  const boundaries = [
    p('a', 'kvinna', '2025-12-31', '2027-01-01'), // started the day before the year, exits the day after
    p('b', 'man', '2026-12-31', '2026-12-31'), // one day, the last of the year: started and exited
    p('c', 'kvinna', '2026-01-01', '2026-01-01'), // one day, the first of the year
    p('c', 'kvinna', '2026-06-01', null), // the same person again in the insats: one unique person
    p(null, 'kvinna', '2026-03-01', null), // anonymous: a person of its own
  ];

  it('counts the first and last day of the year and unique persons exactly for the förbund', () => {
    const f = releasedIndividualYearFigures(boundaries, 2026, null);
    expect(f.started).toEqual({ women: 3, men: 1, unknown: 0, total: 4 });
    expect(f.exited).toEqual({ women: 1, men: 1, unknown: 0, total: 2 });
    expect(f.ongoingAtYearEnd).toEqual({ women: 3, men: 0, unknown: 0, total: 3 });
    expect(f.participants).toEqual({ women: 4, men: 1, unknown: 0, total: 5 });
    expect(f.uniquePersons).toEqual({ women: 3, men: 1, unknown: 0, total: 4 });
  });

  it('protects every count by the keys of exactly its records, and hides a small column whole', () => {
    // Seven women started 2026 (keys 10…70), three of them also exited; two men, both ongoing.
    const women = Array.from({ length: 7 }, (_, i) =>
      p(`w${i}`, 'kvinna', '2026-02-01', i < 3 ? '2026-09-30' : null, 10 * (i + 1)),
    );
    const men = [p('m0', 'man', '2025-01-01', null, 200), p('m1', 'man', '2026-05-05', null, 201)];
    const f = releasedIndividualYearFigures([...women, ...men], 2026, 5);
    expect(f.participants.women).toBe(perturbCount(7, 280, 5));
    expect(f.started.women).toBe(perturbCount(7, 280, 5));
    // 1–4 is hidden, and with the women's participants shown 0 stays 0.
    expect(f.exited.women).toBeNull();
    expect(f.ongoingAtYearEnd.women).toBeNull();
    // Two men: their whole column is hidden, zeros included ("no man exited" would disclose).
    expect(Object.values(f).map((c) => c.men)).toEqual([null, null, null, null, null]);
    // The total is its own set of records, not women + men.
    expect(f.participants.total).toBe(perturbCount(9, 280 + 401, 5));
    expect(f.started.total).toBe(perturbCount(8, 280 + 201, 5));
    expect(f.uniquePersons.total).toBe(f.participants.total);
    expect(Object.values(f).map((c) => c.unknown)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('the yearly national figures of a structural insats, released', () => {
  const keyed = (date: string, women: number, men: number, unknown: number): KeyedActivity => ({
    interventionId: 'samordnare',
    date,
    kind: 'samverkansmote',
    hours: 2,
    attendance: [
      {
        organisationId: 'fk',
        women,
        men,
        unknown,
        keys: { women: 3, men: 5, unknown: 7 },
        hourKeys: { women: 4, men: 6, unknown: 8 },
      },
      {
        organisationId: 'kommun',
        women: 4,
        men: 0,
        unknown: 0,
        keys: { women: 11, men: 0, unknown: 0 },
        hourKeys: { women: 12, men: 0, unknown: 0 },
      },
    ],
  });
  const activities = [keyed('2025-12-31', 9, 9, 9), keyed('2026-01-01', 6, 1, 0), keyed('2026-12-31', 2, 0, 3)];

  it('gives the förbund structuralYearFigures’ counts per organisation and gender', () => {
    const f = releasedStructuralYearFigures(activities, 2026, null);
    const exact = structuralYearFigures(activities, 2026);
    expect(f.activities).toBe(2);
    expect(f.participants).toEqual({ ...exact.participants, total: 20 });
    expect(f.byOrganisation).toEqual([
      { organisationId: 'fk', activities: 2, participants: { women: 8, men: 1, unknown: 3, total: 12 } },
      { organisationId: 'kommun', activities: 2, participants: { women: 8, men: 0, unknown: 0, total: 8 } },
    ]);
  });

  it('protects attendances as the activity report does, and keeps activities exact', () => {
    const f = releasedStructuralYearFigures(activities, 2026, 5);
    expect(f.activities).toBe(2);
    const fk = f.byOrganisation[0]!.participants;
    expect(fk.women).toBe(perturbCount(8, 6, 5));
    expect(fk.men).toBeNull();
    expect(fk.unknown).toBeNull();
    expect(fk.total).toBe(perturbCount(12, 6 + 5 + 7, 5));
  });
});

describe('the national file', () => {
  it('has every column in one fixed order, each header saying what it counts and for which year', () => {
    const headers = NATIONAL_FILE_COLUMNS.map((c) => c.header(2026));
    expect(headers.slice(0, 4)).toEqual([
      'Insats',
      'Typ av insats',
      'Organisation (strukturövergripande insatser)',
      'Påbörjade deltagare 2026 – kvinnor',
    ]);
    expect(headers.slice(3, 7)).toEqual([
      'Påbörjade deltagare 2026 – kvinnor',
      'Påbörjade deltagare 2026 – män',
      'Påbörjade deltagare 2026 – uppgift saknas',
      'Påbörjade deltagare 2026 – totalt',
    ]);
    expect(headers.slice(3).every((h) => h.includes('2026'))).toBe(true);
    // Plain CSV headers: no separator that a spreadsheet would split on.
    expect(headers.filter((h) => /[;,"]/.test(h))).toEqual([]);
    expect(headers).toHaveLength(28);
    expect(new Set(NATIONAL_FILE_COLUMNS.map((c) => c.id)).size).toBe(28);
  });

  it('fills an individual insats’s counts and a structural organisation’s, leaving the rest empty', () => {
    const counts = { women: 1, men: 2, unknown: 0, total: 3 };
    const hidden = { women: null, men: 7, unknown: 0, total: 8 };
    const table = nationalFileTable(
      [
        {
          kind: 'individual',
          insats: 'Jobbstudion',
          figures: {
            started: counts,
            ongoingAtYearEnd: hidden,
            exited: counts,
            participants: counts,
            uniquePersons: counts,
          },
        },
        { kind: 'structural', insats: 'Samordnare', organisation: 'FK', activities: 4, participants: hidden },
      ],
      2026,
    );
    expect(table.rows[0]!.slice(0, 11)).toEqual([
      'Jobbstudion',
      'Individinriktad',
      undefined,
      1,
      2,
      0,
      3,
      null,
      7,
      0,
      8,
    ]);
    expect(table.rows[0]!.slice(23)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(table.rows[1]!.slice(0, 4)).toEqual(['Samordnare', 'Strukturövergripande', 'FK', undefined]);
    expect(table.rows[1]!.slice(23)).toEqual([4, null, 7, 0, 8]);
  });
});
