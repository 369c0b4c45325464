import { describe, expect, it } from 'vitest';
import { aggregateRecords, inOutcomePeriod, type OutcomeRecord } from './aggregate';
import { outcomeCells } from './cells';
import { formatOutcomeValue } from './format';
import { OUTCOME_INDICATORS } from './indicators';
import { baseRecord, finnveden2019, published as publishedFinnveden } from './finnveden-2019.fixture';
import { protectionOfRecords, protectOutcomeCells, suppressedText } from './suppression';
import { genderFlags } from './gender-equality';

const rec = (patch: Partial<OutcomeRecord>): OutcomeRecord => ({ ...baseRecord, ...patch });

describe('the outcome report reproduces a published SUS table', () => {
  it('prints the same figures as the source for every indicator, Totalt, Kvinnor and Män', () => {
    const cells = outcomeCells(aggregateRecords(finnveden2019));
    const printed = Object.fromEntries(
      OUTCOME_INDICATORS.map(({ id }) => [
        id,
        [
          formatOutcomeValue(id, cells[id].total),
          formatOutcomeValue(id, cells[id].kvinna),
          formatOutcomeValue(id, cells[id].man),
        ],
      ]),
    );
    expect(printed).toEqual(publishedFinnveden);
  });

  it('gives the unrounded values of the contract’s JSON example', () => {
    const cells = outcomeCells(aggregateRecords(finnveden2019));
    expect(cells.antal).toEqual({ total: 49, kvinna: 23, man: 26 });
    expect(cells.andel_forvarvsarbete.total).toBeCloseTo(0.5714, 4);
    expect(cells.andel_forvarvsarbete.kvinna).toBeCloseTo(0.3913, 4);
    expect(cells.andel_forvarvsarbete.man).toBeCloseTo(0.7308, 4);
  });
});

describe('indicator rules (hand-computed)', () => {
  it('counts a person twice in antal but once in antal unika; anonymous participations are each distinct', () => {
    const agg = aggregateRecords([
      rec({ personKey: 'p1' }),
      rec({ personKey: 'p1', startDate: '2019-02-01' }),
      rec({ personKey: null }),
      rec({ personKey: null }),
    ]);
    expect(agg.kvinna.n).toBe(4);
    expect(agg.kvinna.persons).toBe(3);
  });

  it('counts okand and missing values in the denominator but not the numerator', () => {
    const cells = outcomeCells(
      aggregateRecords([
        rec({ education: 'okand', publicSupportBefore: 'okand' }),
        rec({ education: null, publicSupportBefore: null }),
        rec({ education: 'forgymnasial', publicSupportBefore: 'over_3_ar' }),
        rec({ education: 'eftergymnasial_kort' }),
      ]),
    );
    expect(cells.andel_forgymnasial.kvinna).toBe(1 / 4);
    expect(cells.andel_eftergymnasial.kvinna).toBe(1 / 4);
    expect(cells.andel_offentlig_forsorjning_over_3_ar.kvinna).toBe(1 / 4);
  });

  it('computes age at start from the birth date when known, else from the years', () => {
    const cells = outcomeCells(
      aggregateRecords([
        // Turns 30 the day after start: still 29.
        rec({ birthYear: 1989, birthDate: '1989-03-02', startDate: '2019-03-01' }),
        // Turns 30 on the start day.
        rec({ birthYear: 1989, birthDate: '1989-03-01', startDate: '2019-03-01' }),
        // No birth date: 2019 − 1989 = 30, not under 30.
        rec({ birthYear: 1989, birthDate: null, startDate: '2019-03-01' }),
        rec({ birthYear: 1990, birthDate: null, startDate: '2019-12-31' }),
      ]),
    );
    expect(cells.andel_under_30_vid_start.kvinna).toBe(2 / 4);
  });

  it('caps hours at 40 per person in full-time equivalents and counts work or studies together', () => {
    const cells = outcomeCells(
      aggregateRecords([
        rec({ workHoursAfter: 50, studyHoursAfter: 0 }),
        rec({ workHoursAfter: 20, studyHoursAfter: 30 }),
        rec({ workHoursAfter: 0, studyHoursAfter: 10 }),
        rec({ workHoursAfter: null, studyHoursAfter: null }),
      ]),
    );
    expect(cells.antal_forvarvsarbete.kvinna).toBe(2);
    expect(cells.forvarvsarbete_heltider.kvinna).toBe((40 + 20) / 40);
    expect(cells.antal_arbete_eller_studier.kvinna).toBe(3);
    expect(cells.arbete_eller_studier_heltider.kvinna).toBe((40 + 40 + 10) / 40);
  });

  it('counts increased hours only when both before and after are known and after is greater', () => {
    const agg = aggregateRecords([
      rec({ workHoursBefore: 10, workHoursAfter: 20 }),
      rec({ workHoursBefore: 20, workHoursAfter: 20 }),
      rec({ workHoursBefore: null, studyHoursBefore: null, workHoursAfter: 20 }),
      rec({ workHoursBefore: 0, studyHoursBefore: 10, workHoursAfter: 5, studyHoursAfter: 10 }),
    ]);
    expect(agg.kvinna.increased).toBe(2);
  });

  it('takes the mean enrolment in days across daylight saving changes', () => {
    const cells = outcomeCells(
      aggregateRecords([
        rec({ startDate: '2019-03-01', exitDate: '2019-04-01' }),
        rec({ startDate: '2019-10-01', exitDate: '2019-11-01' }),
      ]),
    );
    expect(cells.genomsnittlig_inskrivningstid_dagar.kvinna).toBe(31);
  });

  it('leaves out registration errors and exits outside the period', () => {
    expect(inOutcomePeriod({ exitDate: '2019-12-31', exitReason: 'arbete' }, '2019-01-01', '2019-12-31')).toBe(true);
    expect(inOutcomePeriod({ exitDate: '2020-01-01', exitReason: 'arbete' }, '2019-01-01', '2019-12-31')).toBe(false);
    expect(inOutcomePeriod({ exitDate: '2018-12-31', exitReason: 'arbete' }, '2019-01-01', '2019-12-31')).toBe(false);
    expect(inOutcomePeriod({ exitDate: '2019-06-01', exitReason: 'felregistrering' }, '2019-01-01', '2019-12-31')).toBe(
      false,
    );
  });

  it('shows "–" where the denominator is 0', () => {
    const cells = outcomeCells(aggregateRecords([rec({ gender: 'man' })]));
    expect(cells.antal.kvinna).toBe(0);
    expect(formatOutcomeValue('andel_forvarvsarbete', cells.andel_forvarvsarbete.kvinna)).toBe('–');
    expect(
      formatOutcomeValue('genomsnittlig_inskrivningstid_dagar', cells.genomsnittlig_inskrivningstid_dagar.kvinna),
    ).toBe('–');
    expect(formatOutcomeValue('antal', cells.antal.kvinna)).toBe('0');
  });
});

describe('display rounding', () => {
  it('rounds shares half up to whole percent, despite binary fractions', () => {
    expect(formatOutcomeValue('andel_forvarvsarbete', 57 / 200)).toBe('29 %');
    expect(formatOutcomeValue('andel_forvarvsarbete', 1 / 8)).toBe('13 %');
    expect(formatOutcomeValue('andel_forvarvsarbete', 0.344)).toBe('34 %');
    expect(formatOutcomeValue('andel_forvarvsarbete', 1)).toBe('100 %');
  });
  it('shows full-time equivalents with one decimal comma and days as whole numbers', () => {
    expect(formatOutcomeValue('forvarvsarbete_heltider', 1758 / 1)).toBe('1\u00a0758,0');
    expect(formatOutcomeValue('forvarvsarbete_heltider', 0.25)).toBe('0,3');
    expect(formatOutcomeValue('genomsnittlig_inskrivningstid_dagar', 247.5)).toBe('248');
    expect(formatOutcomeValue('antal', 12309)).toBe('12\u00a0309');
  });
});

describe('disclosure control of the outcome report (cell key method)', () => {
  // Record keys as the server would give them: any values 0–255, fixed per record.
  const keyed = (records: OutcomeRecord[]) =>
    records.map((r, i) => ({ ...r, recordKey: (i * 89 + 13) % 256, personRecordKey: (i * 53 + 7) % 256 }));
  const protect = (records: OutcomeRecord[]) =>
    protectOutcomeCells(aggregateRecords(records), protectionOfRecords(records));

  it('hides a column of 1–4 whole, zeros included, and moves larger counts by at most 2, never below 5', () => {
    // 2 women in work, 8 men of whom none works.
    const records = keyed([
      ...Array.from({ length: 2 }, () => rec({ gender: 'kvinna', workHoursAfter: 40 })),
      ...Array.from({ length: 8 }, () => rec({ gender: 'man', workHoursAfter: 0 })),
    ]);
    const { cells, suppressed } = protect(records);
    for (const { id } of OUTCOME_INDICATORS) expect(cells[id].kvinna).toBeNull();
    expect(suppressed).toContainEqual({ indicator: 'antal', column: 'kvinna', reason: 'small_count' });
    expect(suppressed).toContainEqual({
      indicator: 'andel_forvarvsarbete',
      column: 'kvinna',
      reason: 'computed_from_small_count',
    });
    expect(Math.abs(cells.antal.total! - 10)).toBeLessThanOrEqual(2);
    expect(cells.antal.man).toBeGreaterThanOrEqual(6);
    expect(cells.antal.man).toBeLessThanOrEqual(10);
    // The men's zero is shown: 0 of at least 5 reveals nothing about one person.
    expect(cells.antal_forvarvsarbete.man).toBe(0);
    // Totalt's 2 in work is a small count: hidden, and the share and full-time figure with it.
    expect(cells.antal_forvarvsarbete.total).toBeNull();
    expect(cells.forvarvsarbete_heltider.total).toBeNull();
    expect(cells.andel_forvarvsarbete.total).toBeNull();
  });

  it('hides "none of the 1–4 men works": a zero beside a hidden count is hidden too', () => {
    const records = keyed([
      ...Array.from({ length: 9 }, () => rec({ gender: 'kvinna', workHoursAfter: 40 })),
      ...Array.from({ length: 3 }, () => rec({ gender: 'man', workHoursAfter: 0 })),
    ]);
    const { cells } = protect(records);
    expect(cells.antal_forvarvsarbete.man).toBeNull();
    expect(cells.andel_forvarvsarbete.man).toBeNull();
    expect(cells.forvarvsarbete_heltider.man).toBeNull();
  });

  it('gives the same set of records the same values whatever their order, and shares never above 100 %', () => {
    const records = keyed(
      Array.from({ length: 30 }, (_, i) => rec({ gender: i % 2 ? 'kvinna' : 'man', workHoursAfter: 40 })),
    );
    const first = protect(records).cells;
    expect(protect([...records].reverse()).cells).toEqual(first);
    for (const column of ['total', 'kvinna', 'man'] as const) {
      expect(first.andel_forvarvsarbete[column]).toBeLessThanOrEqual(1);
      expect(first.antal_unika[column]).toBeLessThanOrEqual(first.antal[column]!);
    }
  });

  it('hides a share whose numerator is a small count even when the cell is large', () => {
    const records = keyed(
      Array.from({ length: 20 }, (_, i) =>
        rec({ gender: i < 10 ? 'kvinna' : 'man', education: i === 0 ? 'forgymnasial' : 'gymnasial' }),
      ),
    );
    const { cells } = protect(records);
    expect(cells.andel_forgymnasial).toEqual({ total: null, kvinna: null, man: 0 });
  });

  it('shows an empty column as 0 with "–" shares, and hides nothing there', () => {
    const { cells, suppressed } = protect(keyed(Array.from({ length: 12 }, () => rec({ gender: 'man' }))));
    expect(cells.antal.kvinna).toBe(0);
    expect(cells.andel_forvarvsarbete.kvinna).toBeNull();
    expect(suppressed.filter((s) => s.column === 'kvinna')).toEqual([]);
  });

  it('writes hidden small counts as "<5" and every other hidden value as ".."', () => {
    expect(suppressedText('small_count')).toBe('<5');
    expect(suppressedText('small_count', 10)).toBe('<10');
    expect(suppressedText('computed_from_small_count')).toBe('..');
  });
});

describe('gender-equality flags', () => {
  it('flags a distribution outside 40/60 and gaps of 10 percentage points or more', () => {
    // 3 women and 7 men; 1 of 3 women and 5 of 7 men in work.
    const records = [
      ...Array.from({ length: 3 }, (_, i) => rec({ gender: 'kvinna', workHoursAfter: i === 0 ? 40 : 0 })),
      ...Array.from({ length: 7 }, (_, i) => rec({ gender: 'man', workHoursAfter: i < 5 ? 40 : 0 })),
    ];
    const flags = genderFlags(outcomeCells(aggregateRecords(records)));
    expect(flags.unevenDistribution).toBeCloseTo(0.3);
    expect(flags.gaps).toEqual([
      { indicator: 'andel_forvarvsarbete', women: 1 / 3, men: 5 / 7, difference: 5 / 7 - 1 / 3 },
    ]);
  });
  it('does not flag an even distribution or a gap just under the threshold', () => {
    const records = [
      ...Array.from({ length: 10 }, (_, i) => rec({ gender: 'kvinna', workHoursAfter: i < 3 ? 40 : 0 })),
      ...Array.from({ length: 10 }, (_, i) => rec({ gender: 'man', workHoursAfter: i < 3 ? 40 : 0 })),
    ];
    expect(genderFlags(outcomeCells(aggregateRecords(records)))).toEqual({ unevenDistribution: null, gaps: [] });
    const exact = [
      ...Array.from({ length: 10 }, (_, i) => rec({ gender: 'kvinna', workHoursAfter: i < 2 ? 40 : 0 })),
      ...Array.from({ length: 10 }, (_, i) => rec({ gender: 'man', workHoursAfter: i < 3 ? 40 : 0 })),
    ];
    expect(genderFlags(outcomeCells(aggregateRecords(exact))).gaps.map((g) => g.indicator)).toEqual([
      'andel_forvarvsarbete',
    ]);
  });
});
