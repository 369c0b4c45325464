import {
  calculateByGender,
  calculateSocioeconomic,
  completePriceList,
  priceListFromRows,
  todayIso,
  type Gender,
  type PriceList,
  type SocioeconomicCalculateInput,
  type SocioeconomicInput,
  type SocioeconomicResult,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope } from '../../platform/access-control';
import { activePriceList } from './price-lists.repository';

/** Which stored list filled in the values the input left out. */
export interface PriceListUsed {
  id: string | null;
  name: string;
  year: number | null;
  version: number | null;
  isExample: boolean;
}

export interface SocioeconomicReport extends SocioeconomicResult {
  /** Extension: the same analysis for women and men separately. */
  byGender: Record<Gender, SocioeconomicResult>;
  /** Extension: per typfall, when the input has more than one case. */
  byCase?: { label: string; result: SocioeconomicResult }[];
  /** Extension: the values used, and the stored list they came from. */
  priceList: PriceListUsed & { values: PriceList };
}

/** The full report of one calculation: totals, women and men, and each typfall. */
export function socioeconomicReport(input: SocioeconomicInput, used: PriceListUsed): SocioeconomicReport {
  return {
    ...calculateSocioeconomic(input),
    byGender: calculateByGender(input),
    ...(input.cases.length > 1
      ? {
          byCase: input.cases.map((c, i) => ({
            label: c.label ?? `Fall ${i + 1}`,
            result: calculateSocioeconomic({ ...input, cases: [c] }),
          })),
        }
      : {}),
    priceList: { ...used, values: input.priceList },
  };
}

/**
 * `POST /socioeconomic/calculate` and `insikt nytto calculate` (socioeconomic.md): rows the input
 * leaves out come from the active price list of the actor's förbund (the national one otherwise).
 */
export async function calculateFromInput(
  ex: Executor,
  actor: Actor,
  body: SocioeconomicCalculateInput,
): Promise<SocioeconomicReport> {
  const scope = associationScope(actor, 'socioeconomic.calculate');
  const associationId = scope.kind === 'some' && scope.ids.length === 1 ? scope.ids[0]! : null;
  const stored = await activePriceList(ex, associationId, Number(todayIso().slice(0, 4)));
  const fallback = stored ? priceListFromRows(stored.rows) : undefined;
  const priceList = fallback
    ? completePriceList(body.priceList, fallback)
    : completePriceList(body.priceList, fallbackless(body));
  return socioeconomicReport(
    {
      priceList,
      costPerParticipant: body.costPerParticipant,
      fundingShares: body.fundingShares,
      persistence: body.persistence,
      discountRate: body.discountRate,
      cases: body.cases,
    },
    {
      id: stored?.id ?? null,
      name: stored?.name ?? 'Angiven i anropet',
      year: stored?.year ?? null,
      version: stored?.version ?? null,
      isExample: stored?.isExample ?? false,
    },
  );
}

/** Without any stored list (an empty database), the input must carry the whole list itself. */
function fallbackless(body: SocioeconomicCalculateInput): PriceList {
  const p = body.priceList ?? {};
  return {
    wage: p.wage ?? 0,
    employerContribution: p.employerContribution ?? 0,
    taxMunicipality: p.taxMunicipality ?? 0,
    taxRegion: p.taxRegion ?? 0,
    support: {},
    resources: {},
  };
}
