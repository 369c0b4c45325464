import { describe, expect, it } from 'vitest';
import { checkPercentKey, percentKeySummary } from './contribution-key';
import {
  defaultFinanceEvents,
  dueReminders,
  financeCalendarInput,
  nextOccurrence,
  occurrenceIn,
  upcomingDeadlines,
  type FinanceEvent,
} from './finance-calendar';

const event = (patch: Partial<FinanceEvent>): FinanceEvent => ({
  id: 'x',
  key: null,
  title: 'Eget',
  month: 11,
  day: 30,
  enabled: true,
  reminderDays: 14,
  ...patch,
});

describe('the yearly cycle', () => {
  it('defaults follow 003: medlemssamråd end of February, budget by 30 November, interim reports 30 April and 31 August', () => {
    const byKey = Object.fromEntries(defaultFinanceEvents().map((e) => [e.key, occurrenceIn(e, 2027)]));
    expect(byKey).toMatchObject({
      memberConsultation: '2027-02-28',
      budgetSet: '2027-11-30',
      interimReport1: '2027-04-30',
      interimReport2: '2027-08-31',
      statePreliminary: '2027-06-30',
      membersAnswer: '2027-08-31',
    });
  });

  it('29 February falls on the 28th in other years; the next date rolls into the next year', () => {
    expect(occurrenceIn({ month: 2, day: 29 }, 2027)).toBe('2027-02-28');
    expect(occurrenceIn({ month: 2, day: 29 }, 2028)).toBe('2028-02-29');
    expect(nextOccurrence({ month: 11, day: 30 }, '2027-11-30')).toBe('2027-11-30');
    expect(nextOccurrence({ month: 11, day: 30 }, '2027-12-01')).toBe('2028-11-30');
  });

  it('a reminder is due from N days before the deadline to the day itself, and never for a turned-off event', () => {
    const budget = event({ reminderDays: 14 });
    expect(dueReminders([budget], '2027-11-15')).toEqual([]);
    expect(dueReminders([budget], '2027-11-16')).toEqual([{ event: budget, date: '2027-11-30', daysLeft: 14 }]);
    expect(dueReminders([budget], '2027-11-30')[0]!.daysLeft).toBe(0);
    expect(dueReminders([{ ...budget, enabled: false }], '2027-11-20')).toEqual([]);
    expect(dueReminders([{ ...budget, reminderDays: 0 }], '2027-11-29')).toEqual([]);
  });

  it('lists upcoming deadlines soonest first within the window', () => {
    const list = upcomingDeadlines(
      [
        event({ id: 'a', month: 9, day: 30 }),
        event({ id: 'b', month: 8, day: 31 }),
        event({ id: 'c', month: 1, day: 1 }),
      ],
      '2027-08-20',
      60,
    );
    expect(list.map((d) => [d.event.id, d.date, d.daysLeft])).toEqual([
      ['b', '2027-08-31', 11],
      ['a', '2027-09-30', 41],
    ]);
  });

  it('refuses a day the month does not have, an own event without a name and a default twice', () => {
    const parse = (events: unknown[]) => financeCalendarInput.safeParse({ events, version: null });
    const base = { key: null, title: 'Eget', month: 4, day: 30, enabled: true, reminderDays: 7 };
    expect(parse([base]).success).toBe(true);
    expect(parse([{ ...base, day: 31 }]).error?.issues[0]?.message).toBe('Månad 4 har inte 31 dagar.');
    expect(parse([{ ...base, title: '' }]).error?.issues[0]?.message).toBe('En egen händelse behöver en benämning.');
    const budget = { ...base, key: 'budgetSet', title: null };
    expect(parse([budget, budget]).success).toBe(false);
  });
});

describe('a key in percent', () => {
  const kommuner = [
    { id: 'e', name: 'Eksjö' },
    { id: 'n', name: 'Nässjö' },
  ];
  it('passes when every member has a share and they sum to 100 %', () => {
    const key = [
      { memberId: 'e', percent: 33.33 },
      { memberId: 'n', percent: 66.67 },
    ];
    expect(checkPercentKey(kommuner, key, 'Kommunernas')).toEqual([]);
  });
  it('names each kommun and its value when the sum is not 100 %, and a kommun without a share', () => {
    const issues = checkPercentKey(
      kommuner,
      [
        { memberId: 'e', percent: 40 },
        { memberId: 'n', percent: 55.5 },
      ],
      'Kommunernas',
    );
    expect(issues.map((i) => [i.memberId, i.value])).toEqual([
      ['e', 40],
      ['n', 55.5],
    ]);
    expect(issues[1]!.message).toBe('Kommunernas andelar blir 95,5 %, inte 100 %: Nässjö har 55,5 %.');
    expect(
      percentKeySummary(
        kommuner,
        [
          { memberId: 'e', percent: 40 },
          { memberId: 'n', percent: 55.5 },
        ],
        'Kommunernas',
      ),
    ).toBe('Kommunernas andelar ska bli 100 %, men blir 95,5 % (Eksjö 40 %, Nässjö 55,5 %).');
    expect(checkPercentKey(kommuner, [{ memberId: 'e', percent: 100 }], 'Kommunernas')).toEqual([
      { kind: 'missing', memberId: 'n', value: null, message: 'Nässjö saknar andel.' },
    ]);
  });
});
