import {
  AGREEMENT_COUNT_FILTER,
  can,
  DEVIATION_TYPE_SV,
  deviationCountsPerYear,
  interventionScope,
  OWN_ORGANISATION,
  partiesOf,
  type DeviationCountFilter,
  type DeviationYearCount,
  type GoalDeviationSource,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { casesReceived, namesOf } from './deviations.repository';
import { OWN_ORGANISATION_SV } from './deviation-statistics';

/**
 * Whether the deviation statistics show this reader the cases of one insats (or, for null, the whole
 * förbund): the förbund and its läsare every case, an utvärderare or insatsansvarig those of assigned
 * insatser only, and not the förbund's total, which counts the others (issue 15 §6, decision 0048).
 */
export function readsDeviationCounts(actor: Actor, associationId: string, interventionId: string | null): boolean {
  if (!can(actor.roles, 'deviation.statistics', associationId)) return false;
  const scope = interventionScope(actor.roles, 'deviation.statistics', associationId);
  return scope.kind === 'all' || (interventionId !== null && scope.ids.includes(interventionId));
}

/**
 * The cases per year of receipt that match a filter, for one insats or the whole förbund: the one
 * computation behind the programme logic's deviation indicator, an insats goal measured by deviations
 * and its place in the programme logic and the implementation view (decisions 0045, 0050). The caller
 * checks `readsDeviationCounts` first.
 */
export async function deviationCounts(
  ex: Executor,
  associationId: string,
  interventionId: string | null,
  filter: DeviationCountFilter,
  years: readonly number[],
): Promise<DeviationYearCount[]> {
  if (years.length === 0) return [];
  const scope = interventionId ? { kind: 'some' as const, ids: [interventionId] } : { kind: 'all' as const };
  const rows = await casesReceived(
    ex,
    associationId,
    scope,
    `${Math.min(...years)}-01-01`,
    `${Math.max(...years)}-12-31`,
  );
  const facts = rows.map((r) => ({ ...r, parties: partiesOf(r.memberIds, r.ownOrganisation) }));
  return deviationCountsPerYear(facts, filter, years);
}

/** The seed 000 indicator per year: cases of the agreement type, for one insats or the förbund. */
export async function agreementDeviationsPerYear(
  ex: Executor,
  associationId: string,
  interventionId: string | null,
  years: readonly number[],
): Promise<Map<number, number>> {
  const counts = await deviationCounts(ex, associationId, interventionId, AGREEMENT_COUNT_FILTER, years);
  return new Map(counts.map((c) => [c.year, c.count]));
}

export interface DeviationGoalFigures {
  /** What is counted, in Swedish, or why no value is shown. */
  label: string;
  /** Null per year when the reader may not see the insats's deviation statistics. */
  years: (DeviationYearCount | null)[];
}

/**
 * An insats goal measured by deviations (decision 0050): per calendar year, the cases about the insats
 * received that year, of the goal's types and parties, whatever their step in the flow, as the deviation
 * statistics count them; exact (decision 0045). `viewer` is whose right to the statistics decides:
 * a role without it sees the goal without value and the reason as the label.
 */
export async function deviationGoalFigures(
  ex: Executor,
  viewer: Actor,
  associationId: string,
  interventionId: string,
  source: GoalDeviationSource,
  years: readonly number[],
): Promise<DeviationGoalFigures> {
  if (!readsDeviationCounts(viewer, associationId, interventionId))
    return {
      label: 'Antalet visas bara för roller som får läsa avvikelsestatistiken för insatsen',
      years: years.map(() => null),
    };
  const { members } = await namesOf(ex, associationId);
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const types = source.types.length ? source.types.map((t) => DEVIATION_TYPE_SV[t]).join(', ') : 'alla typer';
  const parties = source.parties.length
    ? source.parties
        .map((p) =>
          p === OWN_ORGANISATION ? OWN_ORGANISATION_SV : (memberName.get(p) ?? 'part som inte längre finns'),
        )
        .join(', ')
    : 'alla parter';
  return {
    label: `Avvikelser om insatsen per mottagningsår (${types}; ${parties}), alla steg i flödet`,
    years: await deviationCounts(ex, associationId, interventionId, source, years),
  };
}
