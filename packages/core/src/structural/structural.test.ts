import { describe, expect, it } from 'vitest';
import { perturbCount } from '../disclosure/cell-key';
import { activityTotals, genderBalance, type ActivityRecord } from './activities';
import { activityReport, type KeyedActivity } from './activity-report';
import {
  actualisationReport,
  summariseActualisations,
  type ActualisationRecord,
  type KeyedActualisation,
} from './actualisations';
import { individualYearFigures, structuralYearFigures, type NationalParticipation } from './national-figures';
import { recurringDates } from './recurrence';

const att = (organisationId: string, women: number, men: number, unknown = 0) => ({
  organisationId,
  women,
  men,
  unknown,
});

describe('activities and participant-hours', () => {
  // Hand-computed: a 1,5 h joint team with FK 1W, AF 1M, kommun 2W+1M; a 6 h training day with
  // kommun 3W+1M+1 unknown and region 2W.
  const activities: ActivityRecord[] = [
    {
      date: '2026-02-10',
      kind: 'samverkansmote',
      hours: 1.5,
      attendance: [att('fk', 1, 0), att('af', 0, 1), att('kommun', 2, 1)],
    },
    {
      date: '2026-03-05',
      kind: 'utbildningsdag',
      hours: 6,
      attendance: [att('kommun', 3, 1, 1), att('region', 2, 0), att('fk', 0, 0)],
    },
  ];
  const t = activityTotals(activities);

  it('sums attendances and participant-hours per organisation and gender', () => {
    expect(t.activities).toBe(2);
    expect(t.hours).toBe(7.5);
    expect(t.byKind.samverkansmote).toBe(1);
    expect(t.participants).toEqual({ women: 8, men: 3, unknown: 1 });
    // Women: 1,5·(1+2) + 6·(3+2) = 34,5; men: 1,5·(1+1) + 6·1 = 9; unknown: 6.
    expect(t.participantHours).toEqual({ women: 34.5, men: 9, unknown: 6 });
    const kommun = t.byOrganisation.find((o) => o.organisationId === 'kommun')!;
    expect(kommun.participants).toEqual({ women: 5, men: 2, unknown: 1 });
    expect(kommun.participantHours).toEqual({ women: 21, men: 7.5, unknown: 6 });
    expect(kommun.activities).toBe(2);
    // FK is listed at the training day with nobody present: that is not taking part.
    expect(t.byOrganisation.find((o) => o.organisationId === 'fk')!.activities).toBe(1);
  });

  it('checks 40/60 on known gender and reports the unknown', () => {
    expect(genderBalance({ women: 8, men: 3, unknown: 1 })).toEqual({ womenShare: 8 / 11, even: false, unknown: 1 });
    expect(genderBalance({ women: 2, men: 3, unknown: 0 }).even).toBe(true); // exactly 40 %
    expect(genderBalance({ women: 3, men: 2, unknown: 0 }).even).toBe(true); // exactly 60 %
    expect(genderBalance({ women: 0, men: 0, unknown: 4 })).toEqual({ womenShare: null, even: null, unknown: 4 });
  });
});

describe('recurring activities', () => {
  it('repeats every n weeks on the same weekday, including the last day', () => {
    expect(recurringDates('2026-01-06', '2026-02-03', { kind: 'weekly', everyWeeks: 2 })).toEqual([
      '2026-01-06',
      '2026-01-20',
      '2026-02-03',
    ]);
  });

  it('takes the n:th or last weekday of each month', () => {
    // 2026-01-13 is the second Tuesday of January.
    expect(recurringDates('2026-01-13', '2026-04-30', { kind: 'monthly-weekday', week: 2 })).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
    ]);
    expect(recurringDates('2026-01-27', '2026-03-31', { kind: 'monthly-weekday', week: -1 })).toEqual([
      '2026-01-27',
      '2026-02-24',
      '2026-03-31',
    ]);
    // Across a new year: the first Monday of November 2025 to February 2026 (3 Nov, 1 Dec, 5 Jan, 2 Feb).
    expect(recurringDates('2025-11-03', '2026-02-28', { kind: 'monthly-weekday', week: 1 })).toEqual([
      '2025-11-03',
      '2025-12-01',
      '2026-01-05',
      '2026-02-02',
    ]);
  });

  it('refuses an end before the start, naming the value', () => {
    expect(() => recurringDates('2026-03-01', '2026-02-01', { kind: 'weekly', everyWeeks: 1 })).toThrow(/2026-02-01/);
  });
});

describe('aktualiseringar', () => {
  const work = { workHours: 20, studyHours: null, occupation: [], support: ['lon'] };
  const workAndBenefit = { workHours: 10, studyHours: null, occupation: [], support: ['lon', 'forsorjningsstod'] };
  const records: ActualisationRecord[] = [
    { raisedBy: 'fk', gender: 'kvinna', decision: 'samordning', participation: { exited: true, atExit: work } },
    { raisedBy: 'fk', gender: 'man', decision: 'samordning', participation: { exited: true, atExit: workAndBenefit } },
    { raisedBy: 'kommun', gender: 'kvinna', decision: 'samordning', participation: { exited: false, atExit: null } },
    // Ended without a recorded situation at exit: linked and ended, but outside the share.
    { raisedBy: 'af', gender: 'kvinna', decision: 'samordning', participation: { exited: true, atExit: null } },
    { raisedBy: 'kommun', gender: null, decision: 'hanvisad', participation: null },
    { raisedBy: 'af', gender: 'man', decision: 'ej_samordning', participation: null },
  ];

  it('counts per party and gender, and the share self-supporting among ended participations with a known exit', () => {
    const s = summariseActualisations(records);
    expect(s.raised).toBe(6);
    expect(s.byParty.find((p) => p.raisedBy === 'kommun')).toEqual({
      raisedBy: 'kommun',
      total: 2,
      women: 1,
      men: 0,
      unknownGender: 1,
    });
    expect(s.byDecision).toEqual({ samordning: 4, ej_samordning: 1, hanvisad: 1, ej_beslutad: 0 });
    expect(s.linked).toBe(4);
    expect(s.ended).toBe(3);
    expect(s.endedKnown).toBe(2);
    // Work with försörjningsstöd beside it is not egenförsörjning.
    expect(s.selfSupporting).toBe(1);
    expect(s.selfSupportingShare).toBe(0.5);
  });

  it('has no share before any linked participation has ended with a known situation', () => {
    expect(summariseActualisations(records.slice(2)).selfSupportingShare).toBeNull();
  });

  it('releases the counts through the cell key method: 0 stays, 1–4 hidden, the share from released counts', () => {
    // Eight cases from FK in 2025, all linked and ended in work; one from AF in 2026.
    const keyed: KeyedActualisation[] = [
      ...Array.from({ length: 8 }, (_, i) => ({
        ...records[0]!,
        date: `2025-0${i + 1}-10`,
        key: i * 37,
      })),
      { ...records[5]!, date: '2026-03-01', key: 11 },
    ];
    const exact = actualisationReport(keyed, { fromYear: 2025, toYear: 2026 }, null);
    expect(exact.total.raised).toBe(9);
    expect(exact.years.map((y) => y.summary.raised)).toEqual([8, 1]);
    const r = actualisationReport(keyed, { fromYear: 2025, toYear: 2026 }, 5);
    const y2025 = r.years[0]!.summary;
    const keySum = 37 * (0 + 1 + 2 + 3 + 4 + 5 + 6 + 7);
    expect(y2025.raised).toBe(perturbCount(8, keySum, 5));
    expect(Math.abs(y2025.raised! - 8)).toBeLessThanOrEqual(2);
    expect(y2025.byParty).toEqual([
      { raisedBy: 'fk', total: y2025.raised, women: y2025.raised, men: 0, unknownGender: 0 },
    ]);
    expect(y2025.byDecision.hanvisad).toBe(0);
    // The same eight records in each cell: the same released value, and a share of at most 100 %.
    expect(y2025.selfSupportingShare).toBe(1);
    // One case in 2026: hidden, and no share from hidden counts.
    expect(r.years[1]!.summary.raised).toBeNull();
    expect(r.years[1]!.summary.byParty[0]!.men).toBeNull();
    expect(r.years[1]!.summary.selfSupportingShare).toBeNull();
  });
});

describe('yearly national figures', () => {
  const p = (
    personKey: string | null,
    gender: 'kvinna' | 'man',
    startDate: string,
    exitDate: string | null,
    exitReason: NationalParticipation['exitReason'] = exitDate ? 'arbete' : null,
  ): NationalParticipation => ({ personKey, gender, startDate, exitDate, exitReason });
  // Hand-computed fixture for 2026, boundaries on the year's first and last day.
  const list = [
    p('a', 'kvinna', '2025-06-01', '2026-01-01'), // active on 1 Jan only: participant, exited
    p('b', 'man', '2026-01-01', null), // started on the first day, ongoing
    p('c', 'kvinna', '2026-03-01', '2026-12-31'), // started and exited, not ongoing
    p('c', 'kvinna', '2026-12-31', null), // the same person again, started on the last day
    p('d', 'man', '2025-01-01', '2025-12-31'), // ended the year before: outside
    p('e', 'kvinna', '2027-01-01', null), // starts the year after: outside
    p(null, 'man', '2025-05-01', '2027-02-01'), // anonymous, through the whole year
    p('f', 'kvinna', '2026-02-01', '2026-02-02', 'felregistrering'), // excluded
  ];

  it('counts participants, started, exited, ongoing and unique persons by gender', () => {
    const f = individualYearFigures(list, 2026);
    expect(f.participants).toEqual({ total: 5, women: 3, men: 2 });
    expect(f.started).toEqual({ total: 3, women: 2, men: 1 });
    expect(f.exited).toEqual({ total: 2, women: 2, men: 0 });
    expect(f.ongoingAtYearEnd).toEqual({ total: 3, women: 1, men: 2 });
    expect(f.uniquePersons).toEqual({ total: 4, women: 2, men: 2 });
  });

  it('takes a structural insats’s activities of the year only', () => {
    const f = structuralYearFigures(
      [
        { date: '2025-12-31', kind: 'styrgruppsmote', hours: 2, attendance: [att('fk', 1, 1)] },
        { date: '2026-01-01', kind: 'styrgruppsmote', hours: 2, attendance: [att('fk', 1, 0), att('kommun', 1, 1)] },
      ],
      2026,
    );
    expect(f.activities).toBe(1);
    expect(f.participants).toEqual({ women: 2, men: 1, unknown: 0 });
    expect(f.byOrganisation.map((o) => o.organisationId)).toEqual(['fk', 'kommun']);
  });
});

describe('the released activity report (decision 0015)', () => {
  const keyed = (
    organisationId: string,
    women: number,
    men: number,
    unknown: number,
    keys: [number, number, number],
  ) => ({
    ...att(organisationId, women, men, unknown),
    keys: { women: keys[0], men: keys[1], unknown: keys[2] },
    hourKeys: { women: keys[0] + 1, men: keys[1] + 1, unknown: keys[2] + 1 },
  });
  // Hand-made: 2025 a 2 h styrgrupp (FK 3W+4M, kommun 6W+1 unknown) and a 6 h training day
  // (kommun 5W+5M); 2026 one 2 h styrgrupp (FK 2W+2M).
  const activities: KeyedActivity[] = [
    {
      interventionId: 'i1',
      date: '2025-03-01',
      kind: 'styrgruppsmote',
      hours: 2,
      attendance: [keyed('fk', 3, 4, 0, [10, 20, 30]), keyed('kommun', 6, 0, 1, [40, 50, 60])],
    },
    {
      interventionId: 'i1',
      date: '2025-09-01',
      kind: 'utbildningsdag',
      hours: 6,
      attendance: [keyed('kommun', 5, 5, 0, [70, 80, 90])],
    },
    {
      interventionId: 'i1',
      date: '2026-02-01',
      kind: 'styrgruppsmote',
      hours: 2,
      attendance: [keyed('fk', 2, 2, 0, [100, 110, 120])],
    },
  ];

  it('gives exact figures without a threshold, the 40/60 check and styrgrupp meetings per year', () => {
    const r = activityReport(activities, { fromYear: 2025, toYear: 2026 }, null);
    const y2025 = r.years[0]!.totals;
    expect(y2025.participants).toEqual({ women: 14, men: 9, unknown: 1, total: 24 });
    // Hours: women 2·3 + 2·6 + 6·5 = 48; men 2·4 + 6·5 = 38; unknown 2·1 = 2.
    expect(y2025.participantHours).toEqual({ women: 48, men: 38, unknown: 2, total: 88 });
    // 14 of 23 with known gender = 60,9 %: outside 40–60, and the one "uppgift saknas" is said.
    expect(y2025.balance).toEqual({ womenShare: 14 / 23, even: false, unknown: 1 });
    expect(r.total.participants.total).toBe(28);
    expect(r.total.byKind.styrgruppsmote).toBe(2);
    expect(r.steeringMeetings).toEqual([
      {
        interventionId: 'i1',
        byYear: [
          { year: 2025, meetings: 1 },
          { year: 2026, meetings: 1 },
        ],
        total: 2,
      },
    ]);
  });

  it('hides 1–4, keeps 0 and moves the rest by the cell key of the records it counts', () => {
    const r = activityReport(activities, { fromYear: 2025, toYear: 2025 }, 5);
    const t = r.years[0]!.totals;
    const fk = t.byOrganisation.find((o) => o.organisationId === 'fk')!;
    // FK 2025: 3 women and 4 men are hidden, with their hours; no unknown stays 0.
    expect(fk.participants).toEqual({ women: null, men: null, unknown: 0, total: perturbCount(7, 10 + 20, 5) });
    expect(fk.participantHours.women).toBeNull();
    // Kommun women: 6 + 5 = 11 over the blocks with keys 40 and 70.
    const kommun = t.byOrganisation.find((o) => o.organisationId === 'kommun')!;
    expect(kommun.participants.women).toBe(perturbCount(11, 40 + 70, 5));
    // The total is its own set of records: every non-empty block's key (FK unknown is empty).
    expect(t.participants.total).toBe(perturbCount(24, 10 + 20 + 40 + 60 + 70 + 80, 5));
    expect(t.participants.unknown).toBeNull();
    // Hours move by at most half the largest single block (kommun women's 30 h at the training day).
    const women = t.participantHours.women!;
    expect(Math.abs(women - 48)).toBeLessThanOrEqual(15.05);
    // The 40/60 check reads the released counts; the hidden "uppgift saknas" stays hidden.
    expect(t.balance.unknown).toBeNull();
    expect(t.balance.womenShare).toBe(t.participants.women! / (t.participants.women! + t.participants.men!));
    // Meetings and activities are not people: exact.
    expect(t.activities).toBe(2);
    expect(fk.activities).toBe(1);
  });
});
