import { describe, expect, it } from 'vitest';
import { participationSchema } from '../participation-schema';
import { measuredPersistence } from './persistence';
import { resolveFollowUp } from './record';
import {
  followUpCells,
  followUpRowLabelSv,
  protectFollowUpCells,
  tallyFollowUp,
  type FollowUpRecord,
  type SituationFacts,
} from './report';
import { addMonths, followUpDateProblem, followUpTiming, followUpWindow } from './window';

describe('follow-up windows', () => {
  it('adds months as PostgreSQL does, keeping the day or moving it to the month’s last', () => {
    expect(addMonths('2025-01-15', 12)).toBe('2026-01-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('opens 5 to 9 months after exit for 6 months, 11 to 15 for 12 months', () => {
    expect(followUpWindow('2025-03-31', '6m')).toEqual({
      kind: '6m',
      target: '2025-09-30',
      opens: '2025-08-31',
      closes: '2025-12-31',
    });
    expect(followUpWindow('2025-03-31', '12m')).toEqual({
      kind: '12m',
      target: '2026-03-31',
      opens: '2026-02-28',
      closes: '2026-06-30',
    });
  });

  it('says whether a follow-up is not yet open, due, overdue or closed', () => {
    expect(followUpTiming('2025-01-10', '6m', '2025-06-09')).toBe('not_yet');
    expect(followUpTiming('2025-01-10', '6m', '2025-06-10')).toBe('due');
    expect(followUpTiming('2025-01-10', '6m', '2025-07-10')).toBe('due');
    expect(followUpTiming('2025-01-10', '6m', '2025-07-11')).toBe('overdue');
    expect(followUpTiming('2025-01-10', '6m', '2025-10-10')).toBe('overdue');
    expect(followUpTiming('2025-01-10', '6m', '2025-10-11')).toBe('closed');
  });

  it('names the follow-up and the allowed dates when a date is outside the window', () => {
    expect(followUpDateProblem('6m', '2025-01-10', '2025-01-21', '2025-01-21')).toBe(
      'Uppföljningen efter 6 månader får göras från 2025-06-10 till 2025-10-10 (5–9 månader efter slutdatum 2025-01-10), inte 2025-01-21.',
    );
    expect(followUpDateProblem('6m', '2025-01-10', '2025-06-10', '2025-08-01')).toBeNull();
    expect(followUpDateProblem('12m', '2025-01-10', '2026-04-11', '2026-05-01')).toMatch(/2025-12-10 till 2026-04-10/);
    expect(followUpDateProblem('6m', '2025-01-10', '2025-07-01', '2025-06-30')).toMatch(/framtiden/);
  });
});

describe('follow-ups in the participation', () => {
  const base = {
    interventionId: '7f3c2a9e-4b1d-4c8e-9f2a-1b3c5d7e9f01',
    consent: true,
    personReference: 'D-1',
    gender: 'kvinna' as const,
    birthYear: 1990,
    startDate: '2024-06-01',
    exitDate: '2025-01-10',
    exitReason: 'arbete' as const,
  };
  const issues = (input: object, today: string) => {
    const result = participationSchema({ today }).safeParse({ ...base, ...input });
    return result.success ? [] : result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  };

  it('refuses a 6-month follow-up saved 11 days after exit (issue 12 §8), naming the field and the dates', () => {
    expect(issues({ followUp6m: ['lon'] }, '2025-01-21')).toEqual([
      'followUp6mDate: Uppföljningen efter 6 månader får göras från 2025-06-10 till 2025-10-10 (5–9 månader efter slutdatum 2025-01-10), inte 2025-01-21.',
    ]);
  });

  it('accepts a follow-up within its window, and an existing record without follow-up', () => {
    expect(
      issues({ followUp6m: ['lon'], followUp6mDate: '2025-07-01', followUp6mWorkHours: 30 }, '2025-08-01'),
    ).toEqual([]);
    expect(issues({ followUp12mReached: false, followUp12mDate: '2026-01-20' }, '2026-02-01')).toEqual([]);
    expect(issues({}, '2025-01-21')).toEqual([]);
  });

  it('needs an exit, and has nothing but "not reached" for a person not reached', () => {
    expect(issues({ exitDate: null, exitReason: null, followUp6mReached: true }, '2025-08-01')).toEqual([
      'followUp6mDate: Uppföljning efter 6 månader kan bara registreras när slutdatum är ifyllt.',
    ]);
    expect(
      issues(
        { followUp6mReached: false, followUp6mDate: '2025-07-01', followUp6mOccupation: ['arbete'] },
        '2025-08-01',
      ),
    ).toEqual([
      'followUp6mReached: En deltagare som inte nåddes vid uppföljningen efter 6 månader har ingen försörjning, sysselsättning eller timmar.',
    ]);
  });

  it('dates a follow-up the day it is recorded unless a date is given, and counts it as reached', () => {
    expect(resolveFollowUp({ support: ['lon'] }, '2025-07-01')).toEqual({
      date: '2025-07-01',
      reached: true,
      support: ['lon'],
      occupation: [],
      workHours: null,
      studyHours: null,
    });
    expect(resolveFollowUp({ reached: false, date: '2025-06-20' }, '2025-07-01')?.reached).toBe(false);
    expect(resolveFollowUp({ occupation: [] }, '2025-07-01')).toBeNull();
  });
});

const none: SituationFacts = { workHours: 0, studyHours: 0, occupation: [], support: [] };
const work = (hours: number): SituationFacts => ({ ...none, workHours: hours });
const record = (
  gender: 'kvinna' | 'man',
  exitDate: string,
  atExit: SituationFacts,
  m6: (SituationFacts & { reached: boolean }) | null,
  m12: (SituationFacts & { reached: boolean }) | null,
): FollowUpRecord => ({ gender, exitDate, atExit, followUps: { '6m': m6, '12m': m12 } });

describe('the follow-up report', () => {
  // Today 2025-12-01: every 6-month window has closed (the last, of 2024-12-20, on 2025-09-20);
  // the 12-month windows of the exits up to 2024-06-30 too (2025-09-30), not that of 2024-12-20.
  const today = '2025-12-01';
  const records = [
    // 1. A woman in work at exit, still in work at 6 and 12 months.
    record('kvinna', '2024-03-15', work(40), { ...work(40), reached: true }, { ...work(30), reached: true }),
    // 2. A woman in studies at exit (studiemedel), not reached at 6 months, on a-kassa at 12.
    record(
      'kvinna',
      '2024-05-02',
      { ...none, support: ['studiemedel'] },
      { ...none, reached: false },
      { ...none, support: ['a_kassa'], reached: true },
    ),
    // 3. A woman on försörjningsstöd at exit; no follow-up recorded, both windows closed: missing.
    record('kvinna', '2024-06-30', { ...none, support: ['forsorjningsstod'] }, null, null),
    // 4. A man in work at exit; 6 months in work (occupation only); 12 months not yet recorded,
    //    its window (2025-11-20 … 2026-03-20) still open: not yet due ("ännu inte aktuell").
    record('man', '2024-12-20', work(20), { ...none, occupation: ['arbete'], reached: true }, null),
    // 5. A man on sjukpenning at exit; 6 months in work by salary code only (a follow-up from before 0022).
    record(
      'man',
      '2024-02-01',
      { ...none, support: ['sjukpenning'] },
      { ...none, support: ['lon'], reached: true },
      {
        ...none,
        support: ['sjukpenning'],
        reached: true,
      },
    ),
  ];

  it('counts the situation at exit, 6 and 12 months per gender, as computed by hand', () => {
    const cells = followUpCells(tallyFollowUp(records, today));
    const cell = (id: string) => cells[id];
    expect(cell('exit.antal')).toEqual({ total: 5, kvinna: 3, man: 2 });
    expect(cell('exit.arbete')).toEqual({ total: 2, kvinna: 1, man: 1 }); // 1, 4
    expect(cell('exit.arbete_eller_studier')).toEqual({ total: 3, kvinna: 2, man: 1 }); // 1, 2, 4
    expect(cell('exit.offentlig')).toEqual({ total: 2, kvinna: 1, man: 1 }); // 3, 5
    expect(cell('exit.offentlig_andel')).toEqual({ total: 2 / 5, kvinna: 1 / 3, man: 1 / 2 });
    // 6 months: every window closed or recorded. Reached 1, 4, 5; not reached 2; missing 3.
    expect(cell('6m.ej_aktuell')).toEqual({ total: 0, kvinna: 0, man: 0 });
    expect(cell('6m.aktuell')).toEqual({ total: 5, kvinna: 3, man: 2 });
    expect(cell('6m.nadd')).toEqual({ total: 3, kvinna: 1, man: 2 });
    expect(cell('6m.ej_nadd')).toEqual({ total: 1, kvinna: 1, man: 0 });
    expect(cell('6m.saknas')).toEqual({ total: 1, kvinna: 1, man: 0 });
    expect(cell('6m.svarsfrekvens')).toEqual({ total: 3 / 5, kvinna: 1 / 3, man: 1 });
    expect(cell('6m.arbete')).toEqual({ total: 3, kvinna: 1, man: 2 });
    expect(cell('6m.arbete_andel')).toEqual({ total: 1, kvinna: 1, man: 1 });
    // Still in work or studies: base = in work/studies at exit and reached: 1, 4; both kept.
    expect(cell('6m.kvar_bas')).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(cell('6m.kvar_andel')).toEqual({ total: 1, kvinna: 1, man: 1 });
    // 12 months: 4 not yet due; reached 1, 2, 5; missing 3.
    expect(cell('12m.ej_aktuell')).toEqual({ total: 1, kvinna: 0, man: 1 });
    expect(cell('12m.aktuell')).toEqual({ total: 4, kvinna: 3, man: 1 });
    expect(cell('12m.nadd')).toEqual({ total: 3, kvinna: 2, man: 1 });
    expect(cell('12m.svarsfrekvens')).toEqual({ total: 3 / 4, kvinna: 2 / 3, man: 1 });
    expect(cell('12m.arbete')).toEqual({ total: 1, kvinna: 1, man: 0 });
    expect(cell('12m.offentlig')).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(cell('12m.offentlig_andel')).toEqual({ total: 2 / 3, kvinna: 1 / 2, man: 1 });
    // Base: 1 and 2 (in work/studies at exit, reached at 12); only 1 kept.
    expect(cell('12m.kvar_bas')).toEqual({ total: 2, kvinna: 2, man: 0 });
    expect(cell('12m.kvar')).toEqual({ total: 1, kvinna: 1, man: 0 });
    expect(cell('12m.kvar_andel')).toEqual({ total: 1 / 2, kvinna: 1 / 2, man: null });
    expect(followUpRowLabelSv('12m.arbete_andel')).toBe('Andel i förvärvsarbete (av nådda)');
  });

  it('protects small counts: the whole column of 1–4 is hidden, shares only from protected counts', () => {
    const { cells, reasons } = protectFollowUpCells(tallyFollowUp(records, today));
    // 5 in all (shown 5–7), 3 women and 2 men: both gender columns hidden, zeros included.
    expect(cells['exit.antal']!.total).toBeGreaterThanOrEqual(5);
    expect(cells['exit.antal']!.kvinna).toBeNull();
    expect(cells['6m.ej_aktuell']!.man).toBeNull();
    expect(reasons['exit.antal.kvinna']).toBe('small_count');
    expect(reasons['6m.svarsfrekvens.kvinna']).toBe('computed_from_small_count');
    // 3 reached in all: hidden, and so is every share among the reached.
    expect(cells['6m.nadd']!.total).toBeNull();
    expect(cells['6m.arbete_andel']!.total).toBeNull();
  });

  it('measures the persistence of work or studies at 12 months, with its basis', () => {
    const many = Array.from({ length: 4 }, () => records).flat();
    const cells = followUpCells(tallyFollowUp(many, today));
    // 8 in work or studies at exit and reached at 12 months, 4 kept; 12 of 16 due reached.
    expect(measuredPersistence(cells)).toEqual({ persistence: 0.5, n: 8, kept: 4, responseRate: 0.75 });
    expect(measuredPersistence(followUpCells(tallyFollowUp(records, today)))).toBeNull();
  });
});
