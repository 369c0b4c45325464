import { apportion, FinanceInputError } from './apportion';

/** A kommun's inputs for one model year. Source: finance.md "State allocation model", inputs per kommun. */
export interface KommunInput {
  id: string;
  name: string;
  /** Försörjningsmått: public support paid for sickness, unemployment and försörjningsstöd (kr). */
  supportMeasure: number;
  /** Inhabitants aged 16–64. */
  inhabitants16to64: number;
}

/** A förbund in one model year. Source: finance.md "State allocation model" steps 1–4. */
export interface ForbundInput {
  id: string;
  name: string;
  kommunIds: string[];
  /** Last year's state allocation (kr); null for a new förbund, which has no protection. */
  previousAllocation: number | null;
  /** Equity above the guideline ("trappan"): excluded from the protection. */
  aboveGuideline: boolean;
  /** State money requested (kr); null = takes the whole offer. */
  requested: number | null;
}

/** The parameters of one model year. Source: finance.md (FK's model from 2016), seed 003 §2.5. */
export interface AllocationParameters {
  /** The distributable amount D (kr). */
  distributable: number;
  /** Base grant G per förbund (kr); 400 000 in seed 003 §2.5. */
  baseGrant: number;
  /** Weight of the försörjningsmått key; the rest goes by inhabitants 16–64 (0.75 in seed 003 §8.2). */
  supportMeasureWeight: number;
  /** Largest fall from last year for a protected förbund (0.10 in seed 003 §2.5). */
  protectionLimit: number;
}

/** The parameters seed 003 §2.5 and §8.2 state: G = 400 000 kr, 75/25 keys, 10 % protection. */
export const ALLOCATION_DEFAULTS: Omit<AllocationParameters, 'distributable'> = {
  baseGrant: 400_000,
  supportMeasureWeight: 0.75,
  protectionLimit: 0.1,
};

/** Label of the protection's cost: the correction says to name it as our assumption. */
export const PROTECTION_COST_ASSUMPTION =
  'Antagande (ingen källa): skyddets kostnad tas från övriga förbund i proportion till deras modellbelopp.';

/** How much of a förbund's amount came from each rule; the parts sum to `granted`. Source: issue 16 item 5. */
export interface AllocationParts {
  baseGrant: number;
  supportMeasureKey: number;
  inhabitantsKey: number;
  /** Raised to the protection limit (≥ 0). */
  protection: number;
  /** Taken to pay for others' protection (≤ 0): OUR ASSUMPTION, see `protectionCostAssumption`. */
  protectionCost: number;
  /** Offer not requested (≤ 0). */
  unrequested: number;
  /** Share of others' unrequested money (≥ 0), scaled when requests exceed it. */
  redistributed: number;
}

/** One förbund's result. Source: issue 16 item 5 ("offer, change from last year, how much from each rule"). */
export interface ForbundAllocation {
  id: string;
  name: string;
  /** G plus both keys, before protection. */
  modelAmount: number;
  /** The offer: model amount after the protection and its cost. */
  offer: number;
  /** Lowest offer the protection allows (null: not protected). */
  protectionFloor: number | null;
  protected: boolean;
  /** Why not protected, when not. */
  notProtectedReason: 'new' | 'above-guideline' | null;
  requested: number;
  /** What the förbund gets after unrequested money is redistributed and requests above D are scaled. */
  granted: number;
  changeFromLastYear: number | null;
  parts: AllocationParts;
}

export interface AllocationResult {
  forbund: ForbundAllocation[];
  /** Unrequested money nobody asked for (returned to the state). */
  notDistributed: number;
  /** True when requests together exceeded D and the excess requests were scaled. */
  scaled: boolean;
  protectionCostAssumption: string;
}

function checkAmount(value: number, field: string, who: string): void {
  if (!Number.isFinite(value) || value < 0 || !Number.isInteger(value)) {
    throw new FinanceInputError(`${who}: ${field} måste vara ett heltal ≥ 0 kr, fick ${value}.`, field, value);
  }
}

function validate(params: AllocationParameters, forbund: readonly ForbundInput[], kommuner: readonly KommunInput[]) {
  checkAmount(params.distributable, 'distributable', 'Modellen');
  checkAmount(params.baseGrant, 'baseGrant', 'Modellen');
  for (const [field, v] of [
    ['supportMeasureWeight', params.supportMeasureWeight],
    ['protectionLimit', params.protectionLimit],
  ] as const) {
    if (!(v >= 0 && v <= 1))
      throw new FinanceInputError(`Modellen: ${field} måste ligga mellan 0 och 1, fick ${v}.`, field, v);
  }
  if (forbund.length === 0) throw new FinanceInputError('Modellen har inga förbund.', 'forbund', 0);
  if (params.baseGrant * forbund.length > params.distributable) {
    throw new FinanceInputError(
      `Grundbidragen (${forbund.length} × ${params.baseGrant} kr) är större än beloppet att fördela ${params.distributable} kr.`,
      'distributable',
      params.distributable,
    );
  }
  const byId = new Map(kommuner.map((k) => [k.id, k]));
  const owner = new Map<string, string>();
  for (const k of kommuner) {
    for (const field of ['supportMeasure', 'inhabitants16to64'] as const) {
      if (!Number.isFinite(k[field]) || k[field] < 0) {
        throw new FinanceInputError(`Kommun ${k.name}: ${field} måste vara ≥ 0, fick ${k[field]}.`, field, k[field]);
      }
    }
  }
  for (const f of forbund) {
    if (f.previousAllocation !== null) checkAmount(f.previousAllocation, 'previousAllocation', `Förbund ${f.name}`);
    if (f.requested !== null) checkAmount(f.requested, 'requested', `Förbund ${f.name}`);
    for (const id of f.kommunIds) {
      if (!byId.has(id)) throw new FinanceInputError(`Förbund ${f.name}: okänd kommun ${id}.`, 'kommunIds', id);
      const other = owner.get(id);
      if (other !== undefined) {
        throw new FinanceInputError(
          `Kommun ${byId.get(id)!.name} ingår i både ${other} och ${f.name}.`,
          'kommunIds',
          id,
        );
      }
      owner.set(id, f.name);
    }
  }
  return byId;
}

/**
 * The state allocation model, step by step (finance.md "State allocation model"; seed 003 §2.5, §8.2; issue 16
 * item 5; the protection's cost is OUR ASSUMPTION, see PROTECTION_COST_ASSUMPTION). All amounts whole kronor.
 * 1. Every förbund gets the base grant G.
 * 2. R = D − n·G: round(R·w) is split by the förbund's share of försörjningsmått, the rest by inhabitants
 *    16–64 (largest remainder, so the model amounts sum to D exactly).
 * 3. Protection: a förbund with last year's allocation and equity within the guideline may not fall below
 *    ceil(last year × (1 − limit)). Such förbund are fixed at their floor; the others share what is left in
 *    proportion to their model amounts; repeated until no one left is below its floor (at most n rounds).
 *    If the floors alone exceed D, the floors are scaled down to D.
 * 4. Requests: a förbund gets min(request, offer); the offers not requested form a pool that goes to the
 *    förbund that requested more than their offer, each up to its excess, scaled by pool / total excess when
 *    the excess is larger than the pool (then requests exceeded D). What no one asked for is not distributed.
 */
export function allocateStateFunds(
  params: AllocationParameters,
  forbund: readonly ForbundInput[],
  kommuner: readonly KommunInput[],
): AllocationResult {
  const byId = validate(params, forbund, kommuner);
  const n = forbund.length;
  const sumOf = (f: ForbundInput, field: 'supportMeasure' | 'inhabitants16to64') =>
    f.kommunIds.reduce((s, id) => s + byId.get(id)![field], 0);

  // Steps 1-2: base grant and keys.
  const rest = params.distributable - n * params.baseGrant;
  const supportTotal = Math.round(rest * params.supportMeasureWeight);
  const supportParts = apportion(
    supportTotal,
    forbund.map((f) => sumOf(f, 'supportMeasure')),
  );
  const inhabitantParts = apportion(
    rest - supportTotal,
    forbund.map((f) => sumOf(f, 'inhabitants16to64')),
  );
  const model = forbund.map((_, i) => params.baseGrant + supportParts[i]! + inhabitantParts[i]!);

  // Step 3: protection.
  const floors = forbund.map((f) =>
    f.previousAllocation !== null && !f.aboveGuideline
      ? Math.ceil(f.previousAllocation * (1 - params.protectionLimit) - 1e-9)
      : null,
  );
  const offer = [...model];
  const fixed = new Set<number>();
  for (;;) {
    const free = forbund.map((_, i) => i).filter((i) => !fixed.has(i));
    const fixedSum = [...fixed].reduce((s, i) => s + floors[i]!, 0);
    if (fixedSum > params.distributable) {
      const scaled = apportion(
        params.distributable,
        [...fixed].map((i) => floors[i]!),
      );
      [...fixed].forEach((i, k) => (offer[i] = scaled[k]!));
      free.forEach((i) => (offer[i] = 0));
      break;
    }
    [...fixed].forEach((i) => (offer[i] = floors[i]!));
    const shares =
      free.length > 0
        ? apportion(
            params.distributable - fixedSum,
            free.map((i) => model[i]!),
          )
        : [];
    free.forEach((i, k) => (offer[i] = shares[k]!));
    const below = free.filter((i) => floors[i] !== null && offer[i]! < floors[i]!);
    if (below.length === 0) break;
    below.forEach((i) => fixed.add(i));
  }

  // Step 4: requests, redistribution and scaling.
  const requested = forbund.map((f, i) => f.requested ?? offer[i]!);
  const kept = offer.map((o, i) => Math.min(o, requested[i]!));
  const excess = offer.map((o, i) => Math.max(0, requested[i]! - o));
  const pool = offer.reduce((s, o, i) => s + o - kept[i]!, 0);
  const excessSum = excess.reduce((a, b) => a + b, 0);
  const scaled = excessSum > pool;
  const extra = scaled ? apportion(pool, excess) : excess;
  const notDistributed = scaled ? 0 : pool - excessSum;

  return {
    forbund: forbund.map((f, i) => {
      const raised = Math.max(0, offer[i]! - model[i]!);
      const granted = kept[i]! + extra[i]!;
      return {
        id: f.id,
        name: f.name,
        modelAmount: model[i]!,
        offer: offer[i]!,
        protectionFloor: floors[i] ?? null,
        protected: floors[i] !== null,
        notProtectedReason: floors[i] !== null ? null : f.previousAllocation === null ? 'new' : 'above-guideline',
        requested: requested[i]!,
        granted,
        changeFromLastYear: f.previousAllocation === null ? null : offer[i]! - f.previousAllocation,
        parts: {
          baseGrant: params.baseGrant,
          supportMeasureKey: supportParts[i]!,
          inhabitantsKey: inhabitantParts[i]!,
          protection: fixed.has(i) ? raised : 0,
          protectionCost: fixed.has(i) ? offer[i]! - model[i]! - raised : offer[i]! - model[i]!,
          unrequested: kept[i]! - offer[i]!,
          redistributed: extra[i]!,
        },
      };
    }),
    notDistributed,
    scaled,
    protectionCostAssumption: PROTECTION_COST_ASSUMPTION,
  };
}
