import { describe, expect, it } from 'vitest';
import {
  calculateByGender,
  calculateSocioeconomic,
  cumulativeByMonth,
  FINSAM_FUNDING,
  type SocioeconomicInput,
} from './calculate';
import { EXAMPLE_PRICE_LIST, type PriceList } from './price-list';
import { situationFromRecord } from './situation';

const noSupport: PriceList = { ...EXAMPLE_PRICE_LIST, support: {}, resources: {} };

describe('the source check (002 Bilaga 7, Jobbstudion)', () => {
  // W(1+e) = 400 000 × 1,28125 = 512 500 kr; from no work to 24 % work; C = 52 000 kr; 19 participants.
  const result = calculateSocioeconomic({
    priceList: { ...noSupport, wage: 400_000, employerContribution: 0.28125 },
    costPerParticipant: 52_000,
    fundingShares: FINSAM_FUNDING,
    persistence: 1,
    discountRate: 0,
    cases: [{ label: 'typfall 1', weight: 19, before: { work: 0, support: {} }, after: { work: 0.24, support: {} } }],
  });
  const society = result.actors.samhallet;

  it('gives 123 000 kr a year, payback in 6 months, 71 000 and 563 000 kr per participant', () => {
    expect(society.perParticipant).toEqual({
      annualGain: 123_000,
      netBenefit1: 71_000,
      netBenefit5: 563_000,
      cost: 52_000,
    });
    expect(society.paybackMonths).toBe(6);
  });

  it('gives 1,35 and 10,7 Mkr in total and an effectiveness of 24 %', () => {
    expect(society.total.netBenefit1).toBe(1_349_000);
    expect(society.total.netBenefit5).toBe(10_697_000);
    expect(result.effectiveness).toBeCloseTo(0.24, 10);
    expect(result.potential).toBe(512_500);
    expect(result.participants).toBe(19);
  });

  it('needs 2 participants in full-time work to pay back the whole insats in a year, 1 over five years', () => {
    // 19 × 52 000 = 988 000 kr against 512 500 kr a year per person in work.
    expect(result.breakEven1).toBe(2);
    expect(result.breakEven5).toBe(1);
  });

  it('draws the cumulative gain against the cost month by month', () => {
    const series = cumulativeByMonth(society, 1, 0);
    expect(series).toHaveLength(61);
    expect(series[0]).toBe(-52_000);
    expect(series[6]).toBe(-52_000 + 6 * 10_250);
    expect(series[60]).toBe(563_000);
  });
});

describe('every actor, by hand', () => {
  // From försörjningsstöd all year to half-time work and half a year of a-kassa; example prices.
  // Before: taxable 0; the individual gets 110 000 kr from the kommun.
  // After: wage 168 000 kr, a-kassa 90 000 kr (taxable): taxable income 258 000 kr.
  //   individ 90 000 + 168 000 − 32,37 % × 258 000 = 174 485,4   (gain 64 485,4)
  //   kommun 20,67 % × 258 000 = 53 328,6                          (gain 163 328,6)
  //   region 11,70 % × 258 000 = 30 186                            (gain 30 186)
  //   övriga staten 31,42 % × 168 000 − 90 000 = −37 214,4         (gain −37 214,4: costs rise)
  //   samhället 168 000 × 1,3142 = 220 785,6
  const input: SocioeconomicInput = {
    priceList: EXAMPLE_PRICE_LIST,
    costPerParticipant: 60_000,
    fundingShares: FINSAM_FUNDING,
    persistence: 1,
    discountRate: 0,
    cases: [
      {
        weight: 1,
        gender: 'kvinna',
        before: { work: 0, support: { forsorjningsstod: 1 } },
        after: { work: 0.5, support: { a_kassa: 0.5 } },
      },
    ],
  };
  const result = calculateSocioeconomic(input);
  const per = (actor: keyof typeof result.actors) => result.actors[actor].perParticipant;

  it('computes the annual gain of each actor, rounded to whole kronor', () => {
    expect(Object.fromEntries(Object.entries(result.actors).map(([a, r]) => [a, r.perParticipant.annualGain]))).toEqual(
      {
        individ: 64_485,
        kommun: 163_329,
        region: 30_186,
        fk: 0,
        af: 0,
        ovrig_stat: -37_214,
        staten: -37_214,
        samhallet: 220_786,
      },
    );
  });

  it('splits the cost by the funding shares (FK 50 %, region 25 %, kommun 25 %)', () => {
    expect(per('fk').cost).toBe(30_000);
    expect(per('region').cost).toBe(15_000);
    expect(per('kommun').cost).toBe(15_000);
    expect(per('af').cost).toBe(0);
    expect(per('staten').cost).toBe(30_000);
    expect(per('samhallet').cost).toBe(60_000);
    expect(per('individ').cost).toBe(0);
  });

  it('computes the net benefit over 1 and 5 years', () => {
    expect([per('kommun').netBenefit1, per('kommun').netBenefit5]).toEqual([148_329, 801_645]);
    expect([per('region').netBenefit1, per('region').netBenefit5]).toEqual([15_186, 135_930]);
    expect([per('fk').netBenefit1, per('fk').netBenefit5]).toEqual([-30_000, -30_000]);
    expect([per('staten').netBenefit1, per('staten').netBenefit5]).toEqual([-67_214, -216_070]);
    expect([per('samhallet').netBenefit1, per('samhallet').netBenefit5]).toEqual([160_786, 1_043_930]);
    expect([per('individ').netBenefit1, per('individ').netBenefit5]).toEqual([64_485, 322_425]);
  });

  it('computes payback: never for a loss or no gain, at once for a gain without cost', () => {
    expect(result.actors.kommun.paybackMonths).toBe(2); // ⌈12 × 15 000 / 163 329⌉
    expect(result.actors.region.paybackMonths).toBe(6); // ⌈12 × 15 000 / 30 186⌉
    expect(result.actors.samhallet.paybackMonths).toBe(4); // ⌈12 × 60 000 / 220 786⌉
    expect(result.actors.individ).toMatchObject({ paybackMonths: 0, paybackStatus: 'reached' });
    // AF has no share of the cost and no gain; FK pays and gains nothing; the state loses.
    expect(result.actors.af).toMatchObject({ paybackMonths: null, paybackStatus: 'never' });
    expect(result.actors.fk).toMatchObject({ paybackMonths: null, paybackStatus: 'never' });
    expect(result.actors.staten).toMatchObject({ paybackMonths: null, paybackStatus: 'never' });
  });

  it('computes the potential from the before-situation', () => {
    expect(result.potential).toBe(441_571); // 336 000 × 1,3142
    expect(result.effectiveness).toBeCloseTo(220_786 / 441_571, 12);
  });

  it('splits women and men', () => {
    const byGender = calculateByGender({
      ...input,
      cases: [
        ...input.cases,
        { ...input.cases[0]!, gender: 'man', weight: 3, after: { work: 0, support: { forsorjningsstod: 1 } } },
      ],
    });
    expect(byGender.kvinna.participants).toBe(1);
    expect(byGender.kvinna.actors.samhallet.perParticipant.annualGain).toBe(220_786);
    expect(byGender.man.participants).toBe(3);
    expect(byGender.man.actors.samhallet.perParticipant.annualGain).toBe(0);
  });
});

describe('persistence, discounting and payback never reached', () => {
  // Society gains 120 000 kr a year (wage 100 000, contributions 20 %, from no work to full time).
  const base: SocioeconomicInput = {
    priceList: { ...noSupport, wage: 100_000, employerContribution: 0.2 },
    costPerParticipant: 150_000,
    fundingShares: FINSAM_FUNDING,
    persistence: 0.5,
    discountRate: 0.035,
    cases: [{ weight: 2, before: { work: 0, support: {} }, after: { work: 1, support: {} } }],
  };

  it('weights year t by p^(t−1) / (1+r)^(t−1)', () => {
    // 120 000 × (1 + q + q² + q³ + q⁴), q = 0,5 / 1,035: 226 041,29 kr, minus the cost.
    const society = calculateSocioeconomic(base).actors.samhallet;
    expect(society.perParticipant.netBenefit1).toBe(-30_000);
    expect(society.perParticipant.netBenefit5).toBe(76_041);
    expect(society.total.netBenefit5).toBe(152_082);
    // 12 months earn 120 000; month 13 on earns 4 830,92 a month: 7 more months.
    expect(society.paybackMonths).toBe(19);
  });

  it('says "> 120 months" when the decaying gain never covers the cost', () => {
    // The whole future gain is 120 000 / (1 − q) = 232 150 kr, less than 300 000.
    const society = calculateSocioeconomic({ ...base, costPerParticipant: 300_000 }).actors.samhallet;
    expect(society).toMatchObject({ paybackMonths: null, paybackStatus: 'beyond_120' });
    const slow = calculateSocioeconomic({ ...base, persistence: 1, discountRate: 0, costPerParticipant: 1_300_000 });
    expect(slow.actors.samhallet).toMatchObject({ paybackMonths: null, paybackStatus: 'beyond_120' });
  });

  it('fills the sensitivity table for p 100/75/50 % and r 0/3,5 %', () => {
    const { sensitivity } = calculateSocioeconomic(base);
    expect(sensitivity).toHaveLength(6);
    expect(sensitivity.find((s) => s.persistence === 1 && s.discountRate === 0)!.netBenefit5).toBe(450_000);
    expect(sensitivity.find((s) => s.persistence === 0.5 && s.discountRate === 0.035)).toEqual({
      persistence: 0.5,
      discountRate: 0.035,
      netBenefit5: 76_041,
      total: 152_082,
    });
  });
});

describe('edge cases', () => {
  it('handles zero participants without dividing by zero', () => {
    const result = calculateSocioeconomic({
      priceList: EXAMPLE_PRICE_LIST,
      costPerParticipant: 50_000,
      fundingShares: FINSAM_FUNDING,
      persistence: 1,
      discountRate: 0,
      cases: [],
    });
    expect(result.participants).toBe(0);
    expect(result.actors.samhallet.total).toEqual({ annualGain: 0, netBenefit1: 0, netBenefit5: 0, cost: 0 });
    expect(result.effectiveness).toBeNull();
    expect(result.breakEven1).toBeNull();
  });

  it('derives a situation from registered hours and support codes', () => {
    // 20 h of 40: half-time work; a-kassa and lön share the other half, lön without an amount.
    expect(situationFromRecord(20, null, ['a_kassa', 'lon'])).toEqual({
      work: 0.5,
      study: 0,
      support: { a_kassa: 0.25 },
    });
    expect(situationFromRecord(50, 10, ['sjukpenning'])).toEqual({ work: 1, study: 0.25, support: { sjukpenning: 0 } });
    expect(situationFromRecord(null, null, [])).toEqual({ work: 0, study: 0, support: {} });
  });
});
