import { describe, expect, it } from 'vitest';
import { assessEquity, guidelineInForce, KNOWN_GUIDELINE_2013, validateGuideline } from './equity-guideline';

describe('equity guideline (trappan)', () => {
  it('seed 003 Bokslut 2019: Höglandet within, Finnveden above and loses protection, Södra Vätterbygden not covered', () => {
    // Höglandet: 20 % of 6 423 000 = 1 284 600 ≥ 567 000.
    expect(assessEquity(KNOWN_GUIDELINE_2013, 6_423_000, 567_000)).toEqual({
      status: 'within',
      guidelineDecided: '2013-10-02',
      percent: 20,
      allowed: 1_284_600,
      above: 0,
      losesProtection: false,
    });
    // Finnveden: 20 % of 5 144 000 = 1 028 800; 1 690 000 − 1 028 800 = 661 200 above.
    expect(assessEquity(KNOWN_GUIDELINE_2013, 5_144_000, 1_690_000)).toMatchObject({
      status: 'above',
      allowed: 1_028_800,
      above: 661_200,
      losesProtection: true,
    });
    // Södra Vätterbygden's 7 018 000 is above the only known step.
    expect(assessEquity(KNOWN_GUIDELINE_2013, 7_018_000, 989_000)).toEqual({
      status: 'not-covered',
      guidelineDecided: '2013-10-02',
      income: 7_018_000,
      losesProtection: false,
    });
  });

  it('a step applies to all income (a stair, not a marginal rate), and versions go by decision date', () => {
    const later = {
      decided: '2024-05-01',
      steps: [
        { upToIncome: 7_000_000, percent: 20 },
        { upToIncome: null, percent: 15 },
      ],
    };
    validateGuideline(later);
    expect(guidelineInForce([KNOWN_GUIDELINE_2013, later], '2020-01-01')).toBe(KNOWN_GUIDELINE_2013);
    expect(guidelineInForce([KNOWN_GUIDELINE_2013, later], '2024-05-01')).toBe(later);
    expect(guidelineInForce([later], '2013-12-31')).toBeNull();
    // 15 % of 8 000 000 = 1 200 000.
    expect(assessEquity(later, 8_000_000, 1_300_000)).toMatchObject({ allowed: 1_200_000, above: 100_000 });
  });

  it('rejects a badly entered table in Swedish', () => {
    expect(() => validateGuideline({ decided: '2013-10-02', steps: [{ upToIncome: 7e6, percent: 120 }] })).toThrow(
      'Steg 1: procentsatsen måste vara 0–100, fick 120.',
    );
    expect(() =>
      validateGuideline({
        decided: '2013-10-02',
        steps: [
          { upToIncome: 7e6, percent: 20 },
          { upToIncome: 5e6, percent: 15 },
        ],
      }),
    ).toThrow('Steg 2: intäktsgränsen måste vara större');
    expect(() => validateGuideline({ decided: '2/10 2013', steps: [] })).toThrow('ÅÅÅÅ-MM-DD');
  });
});
