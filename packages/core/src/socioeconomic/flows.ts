import {
  COST_ACTORS,
  PRICED_SUPPORT_CODES,
  type EconomicActor,
  type CostActor,
  type Payer,
  type PriceList,
} from './price-list';
import type { Situation } from './situation';

export type Flows = Record<EconomicActor, number>;

// A payer of a support is charged as the actor of the same name; the state's own payments
// (a-kassa, studiemedel …) fall on "övriga staten".
const PAYER_ACTOR: Record<Payer, CostActor> = {
  kommun: 'kommun',
  region: 'region',
  fk: 'fk',
  af: 'af',
  stat: 'ovrig_stat',
};

/**
 * The annual money flows of one situation per actor (socioeconomic.md "Annual flows"), unrounded.
 * Transfers (support, tax) move money between actors; only production and real resources change
 * society's total, which the sum of the actors' flows therefore equals.
 */
export function annualFlows(x: Situation, prices: PriceList): Flows {
  const earned = x.work * prices.wage;
  let taxable = earned;
  let received = 0;
  const paid: Record<CostActor, number> = { kommun: 0, region: 0, fk: 0, af: 0, ovrig_stat: 0 };
  const resources: Record<CostActor, number> = { kommun: 0, region: 0, fk: 0, af: 0, ovrig_stat: 0 };
  for (const code of PRICED_SUPPORT_CODES) {
    const fraction = x.support[code] ?? 0;
    if (fraction === 0) continue;
    const price = prices.support[code];
    if (price) {
      const amount = fraction * price.amount;
      received += amount;
      if (price.taxable) taxable += amount;
      paid[PAYER_ACTOR[price.payer]] += amount;
    }
    for (const actor of COST_ACTORS) resources[actor] += fraction * (prices.resources[code]?.[actor] ?? 0);
  }
  const kommun = prices.taxMunicipality * taxable - paid.kommun - resources.kommun;
  const region = prices.taxRegion * taxable - paid.region - resources.region;
  const fk = -paid.fk - resources.fk;
  const af = -paid.af - resources.af;
  const ovrigStat = prices.employerContribution * earned - paid.ovrig_stat - resources.ovrig_stat;
  const allResources = COST_ACTORS.reduce((sum, a) => sum + resources[a], 0);
  return {
    individ: received + earned - (prices.taxMunicipality + prices.taxRegion) * taxable,
    kommun,
    region,
    fk,
    af,
    ovrig_stat: ovrigStat,
    staten: fk + af + ovrigStat,
    samhallet: earned * (1 + prices.employerContribution) - allResources,
  };
}

/** What society would gain per year if the person went from this situation to full-time work without support. */
export function potentialGain(before: Situation, prices: PriceList): number {
  let resources = 0;
  for (const code of PRICED_SUPPORT_CODES) {
    const fraction = before.support[code] ?? 0;
    for (const actor of COST_ACTORS) resources += fraction * (prices.resources[code]?.[actor] ?? 0);
  }
  return (1 - before.work) * prices.wage * (1 + prices.employerContribution) + resources;
}
