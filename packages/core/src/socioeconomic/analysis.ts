import { z } from 'zod';
import { GENDERS, type Gender } from '../participation';
import { isoDateSchema } from '../dates';
import { idSchema } from '../schemas';
import type { SocioeconomicCase } from './calculate';
import { socioeconomicCalculateInput } from './calculate-input';
import { PRICED_SUPPORT_CODES, type PricedSupportCode } from './price-list';
import type { Situation } from './situation';

/**
 * Analyses of an insats's registered participants (issue: "Analyses"): participants with the
 * same derived before- and after-situation and gender form a group; any group can be overridden.
 */

/** A stable key of a group: gender and both situations, rounded so equal hours give equal keys. */
export function groupKey(gender: Gender, before: Situation, after: Situation): string {
  const part = (x: Situation) =>
    [
      x.work.toFixed(4),
      ...PRICED_SUPPORT_CODES.flatMap((c) => (x.support[c] ? [`${c}:${x.support[c].toFixed(4)}`] : [])),
    ].join(',');
  return `${gender}|${part(before)}|${part(after)}`;
}

export interface AnalysisGroup extends SocioeconomicCase {
  key: string;
  gender: Gender;
  /** The situations derived from the registrations, before any override. */
  derived: { before: Situation; after: Situation };
  overridden: boolean;
}

/** A situation that is the weighted mean of others: the model is linear, so results do not change. */
export function meanSituation(items: readonly { weight: number; situation: Situation }[]): Situation {
  const total = items.reduce((s, i) => s + i.weight, 0) || 1;
  const support: Partial<Record<PricedSupportCode, number>> = {};
  for (const code of PRICED_SUPPORT_CODES) {
    const value = items.reduce((s, i) => s + i.weight * (i.situation.support[code] ?? 0), 0) / total;
    if (value > 0) support[code] = value;
  }
  return {
    work: items.reduce((s, i) => s + i.weight * i.situation.work, 0) / total,
    study: items.reduce((s, i) => s + i.weight * (i.situation.study ?? 0), 0) / total,
    support,
  };
}

export const POOLED_LABEL_SV = 'Små grupper, sammanslagna';

/**
 * For roles without personal-data access: groups smaller than the threshold are merged per gender
 * into one group with the mean situations, so no group describes fewer than `threshold` people
 * by name of situation. When the merged group is itself smaller than the threshold, the smallest
 * other groups of that gender join it until it is not (a merged group of one person would
 * describe that person). Flows are linear in the situation, so every result stays the same.
 */
export function poolSmallGroups(groups: readonly AnalysisGroup[], threshold: number): AnalysisGroup[] {
  const pooledKeys = new Set<string>();
  for (const gender of GENDERS) {
    const ofGender = groups.filter((g) => g.gender === gender && g.weight > 0).sort((a, b) => a.weight - b.weight);
    const small = ofGender.filter((g) => g.weight < threshold);
    if (small.length === 0) continue;
    let weight = small.reduce((s, g) => s + g.weight, 0);
    small.forEach((g) => pooledKeys.add(g.key));
    for (const g of ofGender)
      if (weight < threshold && !pooledKeys.has(g.key)) {
        pooledKeys.add(g.key);
        weight += g.weight;
      }
  }
  const kept = groups.filter((g) => !pooledKeys.has(g.key) && g.weight > 0);
  const pooled = GENDERS.flatMap((gender): AnalysisGroup[] => {
    const small = groups.filter((g) => g.gender === gender && pooledKeys.has(g.key));
    if (small.length === 0) return [];
    const weight = small.reduce((s, g) => s + g.weight, 0);
    const before = meanSituation(small.map((g) => ({ weight: g.weight, situation: g.before })));
    const after = meanSituation(small.map((g) => ({ weight: g.weight, situation: g.after })));
    return [
      {
        key: `${gender}|pooled`,
        label: POOLED_LABEL_SV,
        gender,
        weight,
        before,
        after,
        derived: {
          before: meanSituation(small.map((g) => ({ weight: g.weight, situation: g.derived.before }))),
          after: meanSituation(small.map((g) => ({ weight: g.weight, situation: g.derived.after }))),
        },
        overridden: small.some((g) => g.overridden),
      },
    ];
  });
  return [...kept, ...pooled];
}

/** The recorded cost of an insats for the calendar years a period touches (actual cost, else budget). */
export function recordedCost(
  budgets: readonly { year: number; budget: number; actualCost?: number | null }[],
  from: string,
  to: string,
): { total: number; years: { year: number; amount: number; kind: 'actual' | 'budget' }[] } {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const years = budgets
    .filter((b) => b.year >= first && b.year <= last)
    .sort((a, b) => a.year - b.year)
    .map((b) =>
      b.actualCost != null
        ? { year: b.year, amount: b.actualCost, kind: 'actual' as const }
        : { year: b.year, amount: b.budget, kind: 'budget' as const },
    );
  return { total: years.reduce((s, y) => s + y.amount, 0), years };
}

const situationOverride = socioeconomicCalculateInput.shape.cases.element.shape.before;

/** What a förbund chooses when it runs an analysis of an insats. */
export const socioeconomicAnalysisInput = z
  .object({
    from: isoDateSchema('Ange ett datum (ÅÅÅÅ-MM-DD).'),
    to: isoDateSchema('Ange ett datum (ÅÅÅÅ-MM-DD).'),
    /** All exited participants, or only women or men. */
    gender: z.enum(GENDERS).nullish(),
    priceListId: idSchema.nullish(),
    /** The insats's cost for the period in kronor; the recorded cost when left out. */
    totalCost: z.number().min(0, 'Kostnaden kan inte vara negativ.').max(1e10, 'Kostnaden är orimligt stor.').nullish(),
    fundingShares: socioeconomicCalculateInput.shape.fundingShares,
    persistence: socioeconomicCalculateInput.shape.persistence,
    discountRate: socioeconomicCalculateInput.shape.discountRate,
    /** Per group key, the situations to use instead of the derived ones. */
    overrides: z
      .record(z.string().max(2000), z.object({ before: situationOverride, after: situationOverride }))
      .default({}),
    /** Typfall entered by hand instead of the registered participants. */
    typfall: socioeconomicCalculateInput.shape.cases.nullish(),
  })
  .refine((a) => a.from <= a.to, { message: 'Periodens början måste vara före dess slut.', path: ['to'] });
export type SocioeconomicAnalysisInput = z.infer<typeof socioeconomicAnalysisInput>;

export const saveAnalysisInput = socioeconomicAnalysisInput.and(
  z.object({ name: z.string().trim().min(1, 'Ange ett namn på analysen.').max(200) }),
);
