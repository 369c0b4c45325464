import { FinanceInputError } from './apportion';

/** One step of the guideline: equity up to `percent` of all income when income ≤ `upToIncome` (null: no upper bound). */
export interface GuidelineStep {
  upToIncome: number | null;
  percent: number;
}

/** A version of the national council's equity guideline ("trappan"), by its decision date. Source: finance.md "Equity guideline". */
export interface EquityGuideline {
  /** ISO date the national council decided this version. */
  decided: string;
  steps: GuidelineStep[];
}

/** The one step the seed states: 20 % of income up to 7 Mkr, decided 2013-10-02 (seed 003 §2.7, finance.md). */
export const KNOWN_GUIDELINE_2013: EquityGuideline = {
  decided: '2013-10-02',
  steps: [{ upToIncome: 7_000_000, percent: 20 }],
};

/** The guideline version in force on a date: the latest decided on or before it. Source: issue 16 item 4 (versioned). */
export function guidelineInForce(versions: readonly EquityGuideline[], date: string): EquityGuideline | null {
  return [...versions].filter((v) => v.decided <= date).sort((a, b) => b.decided.localeCompare(a.decided))[0] ?? null;
}

/** Checks a guideline version: steps in rising order, percentages 0–100. Source: issue 16 item 4 (entered by the system administrator). */
export function validateGuideline(g: EquityGuideline): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(g.decided)) {
    throw new FinanceInputError(`Beslutsdatum måste skrivas ÅÅÅÅ-MM-DD, fick ${g.decided}.`, 'decided', g.decided);
  }
  let last = 0;
  g.steps.forEach((s, i) => {
    if (!(s.percent >= 0 && s.percent <= 100)) {
      throw new FinanceInputError(
        `Steg ${i + 1}: procentsatsen måste vara 0–100, fick ${s.percent}.`,
        'percent',
        s.percent,
      );
    }
    if (s.upToIncome !== null && !(s.upToIncome > last)) {
      throw new FinanceInputError(
        `Steg ${i + 1}: intäktsgränsen måste vara större än föregående (${last}), fick ${s.upToIncome}.`,
        'upToIncome',
        s.upToIncome,
      );
    }
    if (s.upToIncome === null && i !== g.steps.length - 1) {
      throw new FinanceInputError(`Steg ${i + 1}: bara sista steget kan sakna övre gräns.`, 'upToIncome', null);
    }
    last = s.upToIncome ?? last;
  });
}

export type EquityAssessment =
  | {
      status: 'within' | 'above';
      guidelineDecided: string;
      percent: number;
      allowed: number;
      /** Equity above the allowed amount (0 when within). */
      above: number;
      /** Above the guideline: the förbund loses the allocation model's protection (finance.md). */
      losesProtection: boolean;
    }
  | { status: 'not-covered'; guidelineDecided: string | null; income: number; losesProtection: false };

/**
 * A förbund's equity against the guideline: the step the income falls in gives a percentage of ALL income
 * (seed 003 §2.7: "20 % av alla intäkter ... upp till 7 miljoner"), not a marginal rate. Income beyond the
 * entered steps is "not covered" (the rest of the steps are entered by the system administrator).
 * Source: finance.md "Equity guideline", issue 16 item 4.
 */
export function assessEquity(guideline: EquityGuideline | null, income: number, equity: number): EquityAssessment {
  const step = guideline?.steps.find((s) => s.upToIncome === null || income <= s.upToIncome);
  if (!guideline || !step) {
    return { status: 'not-covered', guidelineDecided: guideline?.decided ?? null, income, losesProtection: false };
  }
  const allowed = Math.round((income * step.percent) / 100);
  const above = Math.max(0, equity - allowed);
  return {
    status: above > 0 ? 'above' : 'within',
    guidelineDecided: guideline.decided,
    percent: step.percent,
    allowed,
    above,
    losesProtection: above > 0,
  };
}
