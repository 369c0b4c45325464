import type { SupportCode } from '../participation';

/** Who pays a support (socioeconomic.md: payer P_s). */
export const PAYERS = ['kommun', 'region', 'fk', 'af', 'stat'] as const;
export type Payer = (typeof PAYERS)[number];

/** The actors a result is shown for, in the order of the contract's table. */
export const ECONOMIC_ACTORS = [
  'individ',
  'kommun',
  'region',
  'fk',
  'af',
  'ovrig_stat',
  'staten',
  'samhallet',
] as const;
export type EconomicActor = (typeof ECONOMIC_ACTORS)[number];

/** Actors that can carry real resource costs and a share of the intervention cost. */
export const COST_ACTORS = ['kommun', 'region', 'fk', 'af', 'ovrig_stat'] as const;
export type CostActor = (typeof COST_ACTORS)[number];

export const ECONOMIC_ACTOR_LABELS_SV: Record<EconomicActor, string> = {
  individ: 'Individen',
  kommun: 'Kommunen',
  region: 'Regionen',
  fk: 'Försäkringskassan',
  af: 'Arbetsförmedlingen',
  ovrig_stat: 'Övriga staten',
  staten: 'Staten totalt',
  samhallet: 'Samhället',
};

/** The support codes that carry an amount; `lon`, `ingen_offentlig`, `okand` and `annan` carry none. */
export const PRICED_SUPPORT_CODES = [
  'sjukpenning',
  'rehabiliteringspenning',
  'aktivitetsersattning',
  'sjukersattning',
  'aktivitetsstod',
  'etableringsersattning',
  'a_kassa',
  'forsorjningsstod',
  'studiemedel',
  'annan_offentlig',
] as const satisfies readonly SupportCode[];
export type PricedSupportCode = (typeof PRICED_SUPPORT_CODES)[number];

export interface SupportPrice {
  /** A full year's amount in kronor. */
  amount: number;
  payer: Payer;
  taxable: boolean;
}

export interface PriceList {
  /** Annual gross wage of a full-time job for the target group (W). */
  wage: number;
  /** Arbetsgivaravgifter as a fraction (e). */
  employerContribution: number;
  taxMunicipality: number;
  taxRegion: number;
  support: Partial<Record<PricedSupportCode, SupportPrice>>;
  /** Real resource costs per full year in a support state, per actor (handläggning, vård). */
  resources: Partial<Record<PricedSupportCode, Partial<Record<CostActor, number>>>>;
}

/**
 * The contract's example values (socioeconomic.md, 2024). Clearly examples: each förbund copies
 * and verifies them; the UI warns while they are in use.
 */
export const EXAMPLE_PRICE_LIST: PriceList = {
  wage: 336_000,
  employerContribution: 0.3142,
  taxMunicipality: 0.2067,
  taxRegion: 0.117,
  support: {
    sjukpenning: { amount: 200_000, payer: 'fk', taxable: true },
    rehabiliteringspenning: { amount: 200_000, payer: 'fk', taxable: true },
    aktivitetsersattning: { amount: 120_000, payer: 'fk', taxable: true },
    sjukersattning: { amount: 140_000, payer: 'fk', taxable: true },
    aktivitetsstod: { amount: 90_000, payer: 'af', taxable: true },
    etableringsersattning: { amount: 80_000, payer: 'af', taxable: false },
    a_kassa: { amount: 180_000, payer: 'stat', taxable: true },
    forsorjningsstod: { amount: 110_000, payer: 'kommun', taxable: false },
    studiemedel: { amount: 35_000, payer: 'stat', taxable: false },
    annan_offentlig: { amount: 100_000, payer: 'stat', taxable: true },
  },
  resources: {},
};

/** A partial price list completed from another (the contract: missing rows fall back to the active list). */
export function completePriceList(partial: Partial<PriceList> | undefined, fallback: PriceList): PriceList {
  return {
    wage: partial?.wage ?? fallback.wage,
    employerContribution: partial?.employerContribution ?? fallback.employerContribution,
    taxMunicipality: partial?.taxMunicipality ?? fallback.taxMunicipality,
    taxRegion: partial?.taxRegion ?? fallback.taxRegion,
    support: { ...fallback.support, ...partial?.support },
    resources: { ...fallback.resources, ...partial?.resources },
  };
}
