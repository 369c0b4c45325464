import type { Gender } from '../participation';
import { annualFlows, potentialGain } from './flows';
import { ECONOMIC_ACTORS, COST_ACTORS, type EconomicActor, type CostActor, type PriceList } from './price-list';
import type { Situation } from './situation';

/** A group of participants with the same before and after situation (a typfall, or a participant). */
export interface SocioeconomicCase {
  label?: string;
  /** How many participants the case stands for. */
  weight: number;
  gender?: Gender;
  before: Situation;
  after: Situation;
}

export type FundingShares = Partial<Record<CostActor, number>>;

/** The Finsam default: the state's half through FK, a quarter each for the region and the kommun. */
export const FINSAM_FUNDING: FundingShares = { fk: 0.5, region: 0.25, kommun: 0.25 };

export interface SocioeconomicInput {
  priceList: PriceList;
  /** The intervention's cost per analysed participant (C), kronor. */
  costPerParticipant: number;
  fundingShares: FundingShares;
  /** Share of the effect that remains each following year (p), 0–1. */
  persistence: number;
  /** Discount rate per year (r). */
  discountRate: number;
  cases: SocioeconomicCase[];
}

export interface Money {
  annualGain: number;
  netBenefit1: number;
  netBenefit5: number;
  cost: number;
}

export const PAYBACK_STATUSES = ['reached', 'never', 'beyond_120'] as const;
export type PaybackStatus = (typeof PAYBACK_STATUSES)[number];

export interface ActorResult {
  perParticipant: Money;
  total: Money;
  /** Whole months until the cumulative gain covers the actor's cost; null when never or beyond 120. */
  paybackMonths: number | null;
  paybackStatus: PaybackStatus;
}

export interface SensitivityCell {
  persistence: number;
  discountRate: number;
  /** Society's net benefit over 5 years, per participant and in total. */
  netBenefit5: number;
  total: number;
}

export interface SocioeconomicResult {
  participants: number;
  actors: Record<EconomicActor, ActorResult>;
  /** Society's gain per participant if everyone went from the average before-situation to full-time work. */
  potential: number;
  /** Society's annual gain ÷ potential; null when the potential is 0. */
  effectiveness: number | null;
  /** Participants who must go from the average before-situation to full-time work to pay back the whole insats. */
  breakEven1: number | null;
  breakEven5: number | null;
  sensitivity: SensitivityCell[];
}

const PAYBACK_HORIZON_MONTHS = 120;
export const SENSITIVITY_PERSISTENCE = [1, 0.75, 0.5] as const;
export const SENSITIVITY_DISCOUNT = [0, 0.035] as const;

/** Kronor, rounded half away from zero (a loss of 0,5 kr rounds to −1 like a gain to +1). */
// `+ 0` turns −0 into 0, which JSON and tables would otherwise show as a negative zero.
export const kronor = (value: number): number => Math.sign(value) * Math.round(Math.abs(value) + 1e-9) + 0;
const times = (value: number, count: number) => value * count + 0;

/** The weight of year t (1-based): what remains of the effect, discounted to year 1. */
const yearFactor = (t: number, persistence: number, discountRate: number) =>
  persistence ** (t - 1) / (1 + discountRate) ** (t - 1);

const sumYears = (years: number, persistence: number, discountRate: number) =>
  Array.from({ length: years }, (_, i) => yearFactor(i + 1, persistence, discountRate)).reduce((a, b) => a + b, 0);

/**
 * Months until the cumulative gain reaches the cost: month k of year t earns G·factor(t)/12.
 * Sums whole kronor in öre-free integer steps where possible; with p = 1 and r = 0 the result
 * is ⌈12c/G⌉ exactly.
 */
export function paybackMonths(
  gain: number,
  cost: number,
  persistence: number,
  discountRate: number,
): { months: number | null; status: PaybackStatus } {
  if (gain <= 0) return { months: null, status: 'never' };
  if (cost <= 0) return { months: 0, status: 'reached' };
  if (persistence === 1 && discountRate === 0) {
    const months = Math.ceil((12 * cost) / gain);
    return months <= PAYBACK_HORIZON_MONTHS ? { months, status: 'reached' } : { months: null, status: 'beyond_120' };
  }
  let cumulative = 0;
  for (let month = 1; month <= PAYBACK_HORIZON_MONTHS; month++) {
    cumulative += (gain * yearFactor(Math.ceil(month / 12), persistence, discountRate)) / 12;
    // A millionth of a krona absorbs binary rounding at an exact break-even.
    if (cumulative + 1e-6 >= cost) return { months: month, status: 'reached' };
  }
  return { months: null, status: 'beyond_120' };
}

/** Each actor's share of the intervention cost per participant, whole kronor. */
function costs(input: SocioeconomicInput): Record<EconomicActor, number> {
  const share = (actor: CostActor) => kronor(input.costPerParticipant * (input.fundingShares[actor] ?? 0));
  const [kommun, region, fk, af, ovrigStat] = COST_ACTORS.map(share) as [number, number, number, number, number];
  return {
    individ: 0,
    kommun,
    region,
    fk,
    af,
    ovrig_stat: ovrigStat,
    staten: fk + af + ovrigStat,
    samhallet: kronor(input.costPerParticipant),
  };
}

/** Weighted mean over the cases of a value per case (0 when there are no participants). */
function mean(cases: readonly SocioeconomicCase[], value: (c: SocioeconomicCase) => number): number {
  const n = cases.reduce((s, c) => s + c.weight, 0);
  return n === 0 ? 0 : cases.reduce((s, c) => s + c.weight * value(c), 0) / n;
}

/**
 * The socio-economic analysis of socioeconomic.md: per actor the annual gain, the net benefit
 * over 1 and 5 years and the payback time, per participant and in total; the potential,
 * effectiveness, break-even and the sensitivity table. Money is in whole kronor: per-participant
 * figures are rounded once, and totals are those figures × the number of participants, so every
 * table adds up exactly.
 */
export function calculateSocioeconomic(input: SocioeconomicInput): SocioeconomicResult {
  const { priceList, persistence, discountRate, cases } = input;
  const participants = cases.reduce((s, c) => s + c.weight, 0);
  const cost = costs(input);
  const gains = {} as Record<EconomicActor, number>;
  for (const actor of ECONOMIC_ACTORS)
    gains[actor] = kronor(
      mean(cases, (c) => annualFlows(c.after, priceList)[actor] - annualFlows(c.before, priceList)[actor]),
    );
  // The state in total is the sum of its parts as shown, so the table adds up after rounding.
  gains.staten = gains.fk + gains.af + gains.ovrig_stat;

  const net = (gain: number, c: number, years: number, p = persistence, r = discountRate) =>
    kronor(gain * sumYears(years, p, r)) - c;
  const actors = {} as Record<EconomicActor, ActorResult>;
  for (const actor of ECONOMIC_ACTORS) {
    const perParticipant: Money = {
      annualGain: gains[actor],
      netBenefit1: net(gains[actor], cost[actor], 1),
      netBenefit5: net(gains[actor], cost[actor], 5),
      cost: cost[actor],
    };
    const payback = paybackMonths(gains[actor], cost[actor], persistence, discountRate);
    actors[actor] = {
      perParticipant,
      total: {
        annualGain: times(perParticipant.annualGain, participants),
        netBenefit1: times(perParticipant.netBenefit1, participants),
        netBenefit5: times(perParticipant.netBenefit5, participants),
        cost: times(perParticipant.cost, participants),
      },
      paybackMonths: payback.months,
      paybackStatus: payback.status,
    };
  }

  const potential = kronor(mean(cases, (c) => potentialGain(c.before, priceList)));
  const totalCost = cost.samhallet * participants;
  const breakEven = (years: number) =>
    participants === 0 || potential <= 0
      ? null
      : Math.ceil(totalCost / (potential * sumYears(years, persistence, discountRate)) - 1e-9);
  return {
    participants,
    actors,
    potential,
    effectiveness: potential > 0 && participants > 0 ? gains.samhallet / potential : null,
    breakEven1: breakEven(1),
    breakEven5: breakEven(5),
    sensitivity: SENSITIVITY_PERSISTENCE.flatMap((p) =>
      SENSITIVITY_DISCOUNT.map((r) => {
        const perParticipant = net(gains.samhallet, cost.samhallet, 5, p, r);
        return {
          persistence: p,
          discountRate: r,
          netBenefit5: perParticipant,
          total: times(perParticipant, participants),
        };
      }),
    ),
  };
}

/** The analysis for women and men separately (jämställdhet), each over its own cases. */
export function calculateByGender(input: SocioeconomicInput): Record<Gender, SocioeconomicResult> {
  const of = (gender: Gender) =>
    calculateSocioeconomic({ ...input, cases: input.cases.filter((c) => c.gender === gender) });
  return { kvinna: of('kvinna'), man: of('man') };
}

/** Cumulative gain minus cost per month 0–60 for one actor, for the chart against cost. */
export function cumulativeByMonth(
  result: ActorResult,
  persistence: number,
  discountRate: number,
  months = 60,
): number[] {
  const series = [-result.perParticipant.cost];
  let cumulative = -result.perParticipant.cost;
  for (let month = 1; month <= months; month++) {
    cumulative +=
      (result.perParticipant.annualGain * yearFactor(Math.ceil(month / 12), persistence, discountRate)) / 12;
    series.push(kronor(cumulative));
  }
  return series;
}
