import { describe, expect, it } from 'vitest';
import { median } from '../evaluation/implementation/board';
import { findIdentityNumber } from '../identity-number-in-text';
import { caseDeadline, isOverdue } from './deadline';
import { transitionProblems } from './flow';
import { goalDeviationSource } from './model';
import {
  AGREEMENT_COUNT_FILTER,
  agreementDeviations,
  deviationCountsPerYear,
  deviationStatistics,
  nearestRankPercentile,
  recurringPatterns,
  type DeviationFact,
} from './statistics';
import { checkDeviationTexts, textWarnings } from './text-check';

// 19121212-1212 is Skatteverket's test personnummer; 701063-2391 a samordningsnummer (day 10 + 60).
describe('the identity number detector on deviation texts', () => {
  it.each([
    '191212121212',
    '19121212-1212',
    '121212-1212',
    '121212+1212',
    '1212121212',
    '121212 - 1212',
    '19121212 1212',
    'klienten121212-1212har ringt',
    'nr:121212-1212.',
    '701063-2391',
    '19701063-2391',
    '７０１０６３－２３９１',
    '121212\u20131212',
    // The date with its parts set off (attack 15d, decision 0048), and invisible characters inside.
    '1912-12-12-1212',
    '1912 12 12-1212',
    '12-12-12-1212',
    '12 12 12+1212',
    'född 1970-10-63\u20132391.',
    '19121212\u00AD-1212',
    '1912\u200B1212-1212',
    '121212\u2060-1212',
    '\uFEFF121212-12\u200C12',
  ])('finds %s', (text) => {
    expect(findIdentityNumber(text)).not.toBeNull();
  });

  // Dates, phone numbers, order numbers and invalid numbers: none is a valid identity number.
  it.each([
    '2024-03-12',
    '12/3 2024',
    'mötet 2024-03-12 kl. 10.00',
    '070-123 45 67',
    '0701234567',
    '+46 70 123 45 67',
    '08-123 456 78',
    '031-7001000',
    '121212-1213',
    'ärende 20240312-0001',
    '1212121212121',
    '20240312',
    '2024-03-12 - 2024-04-01',
    'dnr 2024/1234',
    // A date range whose first date and year would pass as an identity number (20240109-2024 does).
    'mellan 2024-01-09-2024-02-01',
    'mellan 2024-01-09 \u2013 2024-02-01',
    'mötet 2024-01-09 - 2024',
    '2024 01 09 2024',
  ])('lets %s through', (text) => {
    expect(findIdentityNumber(text)).toBeNull();
  });
});

describe('checkDeviationTexts', () => {
  const label = 'Vad som hände';
  it('refuses an identity number with a message that says why', () => {
    const check = checkDeviationTexts([{ field: 'description', label, text: 'Gäller 19121212-1212 som väntat' }]);
    expect(check.refused).toEqual([{ field: 'description', message: expect.stringContaining('inte om en person') }]);
    expect(check.refused[0]!.message).toMatch(/^Vad som hände innehåller ett personnummer/);
    expect(check.warnings).toEqual([]);
  });

  it('warns on phone numbers, e-mail addresses and a named client', () => {
    const warnings = checkDeviationTexts([
      {
        field: 'description',
        label,
        text: 'Ring 070-123 45 67 eller skriv till anna.svensson@kommun.se om min klient Kalle',
      },
    ]).warnings;
    expect(warnings.map((w) => [w.kind, w.match])).toEqual([
      ['phone', '070-123 45 67'],
      ['email', 'anna.svensson@kommun.se'],
      ['client_name', 'min klient Kalle'],
    ]);
  });

  it('does not warn on dates, counts or a party named', () => {
    expect(
      textWarnings(
        'd',
        'Mötet 2024-03-12 med Försäkringskassan, 3 deltagare väntade 14 dagar. Klienten fick inget svar.',
      ),
    ).toEqual([]);
  });
});

describe('the case flow', () => {
  const base = { body: null, meetingDate: null, answer: '' };
  it('allows the steps of issue 15 and refuses others with the next steps named', () => {
    expect(transitionProblems({ ...base, from: 'received', to: 'investigating' })).toEqual([]);
    expect(transitionProblems({ ...base, from: 'received', to: 'published' })[0]!.message).toBe(
      'Ett ärende som är mottagen kan inte bli publicerad (nästa steg: under utredning).',
    );
    expect(transitionProblems({ ...base, from: 'published', to: 'answered' })[0]!.message).toBe(
      'Ett ärende som är publicerad kan inte bli besvarad.',
    );
  });
  it('needs the body and meeting to raise, and an answer to answer', () => {
    expect(transitionProblems({ ...base, from: 'investigating', to: 'raised' }).map((p) => p.field)).toEqual([
      'body',
      'meetingDate',
    ]);
    expect(
      transitionProblems({ ...base, from: 'investigating', to: 'raised', body: 'board', meetingDate: '2025-05-01' }),
    ).toEqual([]);
    expect(transitionProblems({ ...base, from: 'raised', to: 'answered' }).map((p) => p.field)).toEqual(['answer']);
    expect(transitionProblems({ ...base, from: 'solved_locally', to: 'answered', answer: 'Löst.' })).toEqual([]);
  });
});

describe('caseDeadline (seed 003: 14 days before the meeting)', () => {
  const meetings = ['2025-03-20', '2025-02-06', '2025-05-15'];
  it('is the next meeting whose deadline the case can reach', () => {
    // Came in 2025-01-20: 2025-02-06 minus 14 days is 2025-01-23, still ahead.
    expect(caseDeadline(meetings, '2025-01-20')).toEqual({ meetingDate: '2025-02-06', deadline: '2025-01-23' });
    // On the deadline day itself the meeting is still reachable.
    expect(caseDeadline(meetings, '2025-01-23')).toEqual({ meetingDate: '2025-02-06', deadline: '2025-01-23' });
    // A day later it goes to the next meeting: 2025-03-20 minus 14 days is 2025-03-06.
    expect(caseDeadline(meetings, '2025-01-24')).toEqual({ meetingDate: '2025-03-20', deadline: '2025-03-06' });
  });
  it('follows the meeting chosen when the case was raised', () => {
    expect(caseDeadline(meetings, '2025-01-20', '2025-05-15')).toEqual({
      meetingDate: '2025-05-15',
      deadline: '2025-05-01',
    });
  });
  it('has no deadline without a meeting ahead', () => {
    expect(caseDeadline([], '2025-01-20')).toBeNull();
    expect(caseDeadline(meetings, '2025-05-02')).toBeNull();
  });
  it('flags open cases past the deadline only', () => {
    const d = { meetingDate: '2025-02-06', deadline: '2025-01-23' };
    expect(isOverdue(d, true, '2025-01-24')).toBe(true);
    expect(isOverdue(d, true, '2025-01-23')).toBe(false);
    expect(isOverdue(d, false, '2025-01-24')).toBe(false);
    expect(isOverdue(null, true, '2025-01-24')).toBe(false);
  });
});

describe('median and the nearest-rank percentile', () => {
  it('computes by hand', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
    // Ten values 1..10: rank ceil(0.9 * 10) = 9, the value 9.
    expect(nearestRankPercentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 90)).toBe(9);
    // Eleven values: rank ceil(9.9) = 10.
    expect(nearestRankPercentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100], 90)).toBe(10);
    // Three values: rank ceil(2.7) = 3, the largest.
    expect(nearestRankPercentile([30, 10, 20], 90)).toBe(30);
    expect(nearestRankPercentile([4], 90)).toBe(4);
    expect(nearestRankPercentile([], 90)).toBeNull();
  });
});

const fact = (over: Partial<DeviationFact> & Pick<DeviationFact, 'id' | 'receivedOn'>): DeviationFact => ({
  answeredOn: null,
  status: 'received',
  parties: ['fk'],
  type: 'agreement_breach',
  interventionId: 'i1',
  resolution: null,
  ...over,
});

describe('deviationStatistics against a hand-computed set', () => {
  const facts: DeviationFact[] = [
    fact({ id: 'a', receivedOn: '2024-01-10', answeredOn: '2024-01-20', status: 'published', resolution: 'local' }),
    fact({ id: 'b', receivedOn: '2024-06-01', answeredOn: '2024-07-01', status: 'answered', resolution: 'raised' }),
    fact({
      id: 'c',
      receivedOn: '2025-01-05',
      answeredOn: '2025-01-09',
      status: 'answered',
      resolution: 'local',
      parties: ['fk', 'af'],
    }),
    fact({
      id: 'd',
      receivedOn: '2025-02-01',
      status: 'raised',
      resolution: 'raised',
      type: 'rules_lock',
      parties: ['af'],
    }),
    fact({
      id: 'e',
      receivedOn: '2025-03-01',
      status: 'investigating',
      interventionId: null,
      type: 'other',
      parties: ['own'],
    }),
  ];
  const s = deviationStatistics(facts);
  it('counts per party (a case once per party), type, status, insats and month', () => {
    expect(s.total).toBe(5);
    expect(s.byParty).toEqual([
      { key: 'fk', count: 3 },
      { key: 'af', count: 2 },
      { key: 'own', count: 1 },
    ]);
    expect(s.byType).toEqual([
      { key: 'agreement_breach', count: 3 },
      { key: 'other', count: 1 },
      { key: 'rules_lock', count: 1 },
    ]);
    expect(s.byStatus.find((c) => c.key === 'answered')!.count).toBe(2);
    expect(s.byIntervention).toEqual([
      { key: 'i1', count: 4 },
      { key: 'forum', count: 1 },
    ]);
    expect(s.byMonth.map((m) => m.key)).toEqual(['2024-01', '2024-06', '2025-01', '2025-02', '2025-03']);
  });
  it('days to answer: 10, 30 and 4 days; median 10, 90th percentile 30', () => {
    expect(s.answered).toBe(3);
    expect(s.medianDaysToAnswer).toBe(10);
    expect(s.p90DaysToAnswer).toBe(30);
  });
  it('share solved locally: 2 of the 4 resolved', () => {
    expect(s.resolvedLocally).toBe(2);
    expect(s.resolvedRaised).toBe(2);
    expect(s.shareSolvedLocally).toBe(0.5);
  });
  it('recurrence: FK and breach 2024-01-10, 2024-06-01 (within 12 months), 2025-01-05 (within 12 months of 2024-06-01)', () => {
    expect(s.recurring).toEqual([{ party: 'fk', type: 'agreement_breach', cases: 3, recurrences: 2 }]);
  });
  it('12 calendar months is the limit', () => {
    const r = (second: string) =>
      recurringPatterns([fact({ id: 'x', receivedOn: '2024-03-31' }), fact({ id: 'y', receivedOn: second })]);
    expect(r('2025-03-31')).toHaveLength(1);
    expect(r('2025-04-01')).toEqual([]);
  });
  it('has no share or days when nothing is resolved or answered', () => {
    const empty = deviationStatistics([fact({ id: 'z', receivedOn: '2025-01-01' })]);
    expect(empty.shareSolvedLocally).toBeNull();
    expect(empty.medianDaysToAnswer).toBeNull();
    expect(empty.recurring).toEqual([]);
  });
  it('counts the cases per year for a goal: every step counts, a year without cases is 0 (decision 0050)', () => {
    const counts = (filter: Parameters<typeof deviationCountsPerYear>[1]) =>
      deviationCountsPerYear(facts, filter, [2023, 2024, 2025]).map((c) => [c.year, c.count, c.open]);
    // 2024: a (published) and b (answered); 2025: c (answered), d (raised, open), e (investigating, open).
    expect(counts({ types: [], parties: [] })).toEqual([
      [2023, 0, 0],
      [2024, 2, 0],
      [2025, 3, 2],
    ]);
    expect(counts(AGREEMENT_COUNT_FILTER)).toEqual([
      [2023, 0, 0],
      [2024, 2, 0],
      [2025, 1, 0],
    ]);
    // A case counts when it concerns at least one chosen party: c (fk and af) and d (af).
    expect(counts({ types: [], parties: ['af'] })[2]).toEqual([2025, 2, 1]);
    expect(counts({ types: ['rules_lock', 'other'], parties: ['own', 'af'] })[2]).toEqual([2025, 2, 2]);
    expect(goalDeviationSource.parse({})).toEqual({ types: [], parties: [] });
    expect(goalDeviationSource.safeParse({ parties: ['own', 'own'] }).success).toBe(false);
    expect(goalDeviationSource.safeParse({ parties: ['Försäkringskassan'] }).success).toBe(false);
  });
  it('counts the agreement indicator per insats and year', () => {
    expect(agreementDeviations(facts)).toEqual([
      { interventionId: 'i1', year: 2024, count: 2 },
      { interventionId: 'i1', year: 2025, count: 1 },
    ]);
  });
});
