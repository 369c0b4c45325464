import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateSocioeconomic, FINSAM_FUNDING } from './calculate';
import { annualFlows } from './flows';
import { COST_ACTORS, EXAMPLE_PRICE_LIST, PRICED_SUPPORT_CODES, type PriceList } from './price-list';
import type { Situation } from './situation';

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** A year split between work and up to three supports, never more than the whole year. */
const situation: fc.Arbitrary<Situation> = fc
  .tuple(
    fraction,
    fc.subarray([...PRICED_SUPPORT_CODES], { maxLength: 3 }),
    fc.array(fraction, { minLength: 3, maxLength: 3 }),
  )
  .map(([work, codes, parts]) => {
    const rest = 1 - work;
    const total = parts.slice(0, codes.length).reduce((a, b) => a + b, 0) || 1;
    return { work, support: Object.fromEntries(codes.map((c, i) => [c, (rest * parts[i]!) / total])) };
  });

/** The example prices with random real resource costs, so society's total changes with them too. */
const priceList: fc.Arbitrary<PriceList> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PRICED_SUPPORT_CODES),
      fc.constantFrom(...COST_ACTORS),
      fc.integer({ min: 0, max: 50_000 }),
    ),
    {
      maxLength: 4,
    },
  )
  .map((rows) => {
    const resources: PriceList['resources'] = {};
    for (const [code, actor, amount] of rows) resources[code] = { ...resources[code], [actor]: amount };
    return { ...EXAMPLE_PRICE_LIST, resources };
  });

const relative = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('properties of the model', () => {
  it('transfers cancel out: the actors’ flows sum to society’s', () => {
    fc.assert(
      fc.property(situation, priceList, (x, prices) => {
        const f = annualFlows(x, prices);
        const sum = f.individ + f.kommun + f.region + f.fk + f.af + f.ovrig_stat;
        return relative(sum, f.samhallet) && relative(f.staten, f.fk + f.af + f.ovrig_stat);
      }),
    );
  });

  it('society’s gain is the change in production and in real resources, nothing else', () => {
    fc.assert(
      fc.property(situation, situation, priceList, (before, after, prices) => {
        const resources = (x: Situation) =>
          Object.entries(x.support).reduce(
            (sum, [code, f]) =>
              sum +
              COST_ACTORS.reduce(
                (s, a) => s + f * (prices.resources[code as keyof typeof prices.resources]?.[a] ?? 0),
                0,
              ),
            0,
          );
        const production = (x: Situation) => x.work * prices.wage * (1 + prices.employerContribution);
        const gain = annualFlows(after, prices).samhallet - annualFlows(before, prices).samhallet;
        return relative(gain, production(after) - resources(after) - (production(before) - resources(before)));
      }),
    );
  });

  it('totals are the per-participant figures times the number of participants, in whole kronor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 0, max: 500 }), before: situation, after: situation }), {
          maxLength: 5,
        }),
        fc.integer({ min: 0, max: 500_000 }),
        (cases, cost) => {
          const result = calculateSocioeconomic({
            priceList: EXAMPLE_PRICE_LIST,
            costPerParticipant: cost,
            fundingShares: FINSAM_FUNDING,
            persistence: 1,
            discountRate: 0,
            cases,
          });
          const n = cases.reduce((s, c) => s + c.weight, 0);
          expect(result.participants).toBe(n);
          for (const actor of Object.values(result.actors))
            for (const key of ['annualGain', 'netBenefit1', 'netBenefit5', 'cost'] as const) {
              expect(Number.isInteger(actor.perParticipant[key])).toBe(true);
              expect(actor.total[key]).toBe(actor.perParticipant[key] * n + 0);
            }
          const { staten, fk, af, ovrig_stat } = result.actors;
          expect(staten.perParticipant.annualGain).toBe(
            fk.perParticipant.annualGain + af.perParticipant.annualGain + ovrig_stat.perParticipant.annualGain,
          );
        },
      ),
    );
  });
});
