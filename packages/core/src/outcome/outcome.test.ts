import { describe, expect, it } from 'vitest';
import type { Gender } from '../participation';
import { aggregateRecords, inOutcomePeriod, type OutcomeRecord } from './aggregate';
import { outcomeCells } from './cells';
import { formatOutcomeValue } from './format';
import { OUTCOME_INDICATORS, type OutcomeIndicatorId } from './indicators';
import { suppressOutcomeCells } from './suppression';

const base: OutcomeRecord = {
  personKey: null,
  gender: 'kvinna',
  birthYear: 1990,
  birthDate: null,
  startDate: '2019-01-01',
  exitDate: '2019-06-30',
  exitReason: 'arbete',
  education: 'gymnasial',
  publicSupportBefore: 'under_1_ar',
  workHoursBefore: 0,
  studyHoursBefore: 0,
  workHoursAfter: 0,
  studyHoursAfter: 0,
};
const rec = (patch: Partial<OutcomeRecord>): OutcomeRecord => ({ ...base, ...patch });

interface Profile {
  n: number;
  persons: number;
  under30: number;
  over3: number;
  forgymnasial: number;
  eftergymnasial: number;
  meanDays: number;
  /** Hours of paid work after, one entry per working participant. */
  work: number[];
  /** Participants who only study after (40 h). */
  studyOnly: number;
  /** Of those working or studying, how many had as many hours before (no increase). */
  notIncreased: number;
}

/** Builds exited participations with exactly the given properties for one gender. */
function build(gender: Gender, p: Profile): OutcomeRecord[] {
  return Array.from({ length: p.n }, (_, i) => {
    const work = p.work[i] ?? 0;
    const studies = i >= p.work.length && i < p.work.length + p.studyOnly ? 40 : 0;
    const after = work + studies;
    const start = new Date(Date.UTC(2018, 5, 1));
    const exit = new Date(start.getTime() + p.meanDays * 86_400_000);
    return rec({
      gender,
      // The last participation repeats an earlier person when persons < n.
      personKey: `${gender}-${i < p.persons ? i : 0}`,
      birthYear: i < p.under30 ? 1995 : 1970,
      startDate: start.toISOString().slice(0, 10),
      exitDate: exit.toISOString().slice(0, 10),
      publicSupportBefore: i < p.over3 ? 'over_3_ar' : 'ingen',
      education:
        i < p.forgymnasial
          ? 'forgymnasial'
          : i < p.forgymnasial + p.eftergymnasial
            ? 'eftergymnasial_lang'
            : 'gymnasial',
      workHoursAfter: work,
      studyHoursAfter: studies,
      workHoursBefore: after > 0 && i < p.notIncreased ? after : 0,
    });
  });
}

describe('the outcome report reproduces a published SUS table', () => {
  // Samordningsförbundet Finnveden, exited participants 2019 (source 003, "UTFALL 2019").
  const records = [
    ...build('kvinna', {
      n: 23,
      persons: 22,
      under30: 6,
      over3: 13,
      forgymnasial: 10,
      eftergymnasial: 0,
      meanDays: 198,
      work: [...Array(8).fill(40), 20],
      studyOnly: 1,
      notIncreased: 0,
    }),
    ...build('man', {
      n: 26,
      persons: 26,
      under30: 7,
      over3: 12,
      forgymnasial: 8,
      eftergymnasial: 5,
      meanDays: 292,
      work: [...Array(15).fill(40), 15, 15, 15, 15],
      studyOnly: 1,
      notIncreased: 2,
    }),
  ];
  const published: Record<OutcomeIndicatorId, [string, string, string]> = {
    antal: ['49', '23', '26'],
    fordelning: ['100 %', '47 %', '53 %'],
    antal_unika: ['48', '22', '26'],
    andel_under_30_vid_start: ['27 %', '26 %', '27 %'],
    andel_offentlig_forsorjning_over_3_ar: ['51 %', '57 %', '46 %'],
    andel_forgymnasial: ['37 %', '43 %', '31 %'],
    // The source leaves Kvinnor blank; its total 10 % and Män 19 % imply 0 of 23.
    andel_eftergymnasial: ['10 %', '0 %', '19 %'],
    genomsnittlig_inskrivningstid_dagar: ['248', '198', '292'],
    antal_forvarvsarbete: ['28', '9', '19'],
    forvarvsarbete_heltider: ['25,0', '8,5', '16,5'],
    andel_forvarvsarbete: ['57 %', '39 %', '73 %'],
    antal_arbete_eller_studier: ['30', '10', '20'],
    arbete_eller_studier_heltider: ['27,0', '9,5', '17,5'],
    antal_okat_omfattning: ['28', '10', '18'],
  };

  it('prints the same figures as the source for every indicator, Totalt, Kvinnor and Män', () => {
    const cells = outcomeCells(aggregateRecords(records));
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
    expect(printed).toEqual(published);
  });

  it('gives the unrounded values of the contract’s JSON example', () => {
    const cells = outcomeCells(aggregateRecords(records));
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

describe('suppression of small counts', () => {
  it('hides counts 1–4, everything computed from them, and the other gender where Totalt would reveal it', () => {
    // 2 women, 8 men: women's column hidden; men's counts recoverable as total − women → hidden too.
    const records = [
      ...Array.from({ length: 2 }, () => rec({ gender: 'kvinna', workHoursAfter: 40 })),
      ...Array.from({ length: 8 }, (_, i) => rec({ gender: 'man', workHoursAfter: i < 6 ? 40 : 0 })),
    ];
    const { cells, suppressed } = suppressOutcomeCells(outcomeCells(aggregateRecords(records)));
    expect(cells.antal).toEqual({ total: 10, kvinna: null, man: null });
    expect(suppressed).toContainEqual({ indicator: 'antal', column: 'kvinna', reason: 'small_count' });
    expect(suppressed).toContainEqual({ indicator: 'antal', column: 'man', reason: 'recoverable_from_total' });
    expect(cells.andel_forvarvsarbete.kvinna).toBeNull();
    expect(cells.andel_forvarvsarbete.total).toBeCloseTo(0.8);
    expect(cells.antal_forvarvsarbete.total).toBe(8);
  });

  it('hides a share whose numerator is a small count even when the cell is large', () => {
    const records = Array.from({ length: 20 }, (_, i) =>
      rec({ gender: i < 10 ? 'kvinna' : 'man', education: i === 0 ? 'forgymnasial' : 'gymnasial' }),
    );
    const { cells } = suppressOutcomeCells(outcomeCells(aggregateRecords(records)));
    expect(cells.antal).toEqual({ total: 20, kvinna: 10, man: 10 });
    expect(cells.andel_forgymnasial).toEqual({ total: null, kvinna: null, man: 0 });
  });

  it('shows zeros and large counts unchanged', () => {
    const records = Array.from({ length: 12 }, () => rec({ gender: 'man' }));
    const { cells, suppressed } = suppressOutcomeCells(outcomeCells(aggregateRecords(records)));
    expect(cells.antal).toEqual({ total: 12, kvinna: 0, man: 12 });
    expect(suppressed).toEqual([]);
  });
});
