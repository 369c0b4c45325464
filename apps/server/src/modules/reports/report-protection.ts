import {
  anyReportProtected,
  calendarPeriodKind,
  DEFAULT_SUPPRESSION_THRESHOLD,
  MAX_COUNT_NOISE,
  needsSuppression,
  type CalendarPeriodKind,
} from '@insikt/core';
import type { Actor } from '../../platform/actor';
import { AppError, invalid } from '../../platform/errors';
import type { ReportPart } from './report-plan';
import { GROUP_BYS, type GroupBy } from './reports.repository';

/** How a protected report was protected (docs/contract-extensions.md). */
export interface ReportProtection {
  method: 'cell_key';
  /** Counts from 1 to threshold−1 are hidden. */
  threshold: number;
  /** The largest change of a shown count, either way. */
  maxNoise: number;
  period: CalendarPeriodKind;
}

/**
 * A query's `interventionId` only filters the per-insats grouping: one insats under a förbund, län or
 * riket label would claim more than it holds and give a role that may not group by insats that
 * insats's figures. Used as `.refine(...ONE_INSATS_PER_INSATS_ONLY)` by every report query.
 */
export const ONE_INSATS_PER_INSATS_ONLY: [
  (q: { interventionId?: string; groupBy: string }) => boolean,
  { message: string; path: string[] },
] = [
  (q) => !q.interventionId || q.groupBy === 'intervention',
  { message: 'En enskild insats kan bara väljas när rapporten grupperas per insats.', path: ['interventionId'] },
];

/** Publication, or a group that includes an association where the actor may not see personal data. */
export function mustSuppress(actor: Actor, query: { suppress?: boolean }, associationIds: Iterable<string>): boolean {
  return (
    query.suppress === true || (!actor.operator && [...associationIds].some((id) => needsSuppression(actor.roles, id)))
  );
}

/** Whether a group of a part is protected: comparisons always, else by role and publication. */
export const protects = (
  actor: Actor,
  query: { suppress?: boolean },
  part: ReportPart,
  protection: ReportProtection | null,
  associationIds: Iterable<string>,
): number | null =>
  protection && (part.comparison || mustSuppress(actor, query, associationIds)) ? protection.threshold : null;

/**
 * The groupings the actor may ask for: the national reader sees förbund, län and riket, never one
 * insats (issue 11 §2: cross-förbund aggregates only).
 */
export function groupingsFor(actor: Actor): readonly GroupBy[] {
  const nationalOnly = !actor.operator && actor.roles.every((r) => r.role === 'national_reader');
  return nationalOnly ? GROUP_BYS.filter((g) => g !== 'intervention') : GROUP_BYS;
}

export function assertGrouping(actor: Actor, groupBy: GroupBy) {
  if (!groupingsFor(actor).includes(groupBy))
    throw new AppError(403, 'forbidden', 'Nationell läsare ser förbund, län och riket, inte enskilda insatser.');
}

/**
 * Whether any part of the report is protected: global roles never see personal data, and other
 * förbund's figures beside the reader's own (a comparison) are protected for everyone.
 */
function protectedAnywhere(actor: Actor, query: { suppress?: boolean }, compares: boolean): boolean {
  if (query.suppress === true || compares) return true;
  return !actor.operator && anyReportProtected(actor.roles);
}

/**
 * The protection a report gets, or null for exact figures. A protected report covers a whole
 * calendar period (year, half-year, tertial or month): free dates would let anyone isolate one
 * person as the difference of two periods a day apart (docs/decisions/0015). That holds for a
 * comparison with other förbund too, even for a reader who may choose free dates for their own:
 * the län minus their own exact förbund would otherwise be another förbund's period (decision 0020).
 */
export function reportProtection(
  actor: Actor,
  query: { from: string; to: string; suppress?: boolean },
  compares = false,
): ReportProtection | null {
  if (!protectedAnywhere(actor, query, compares)) return null;
  const period = calendarPeriodKind(query.from, query.to);
  if (!period)
    throw invalid(
      [
        {
          field: 'from',
          value: `${query.from}–${query.to}`,
          message: 'Välj ett helt kalenderår, halvår, tertial eller en hel månad.',
        },
      ],
      `${compares ? 'Jämförelser med län och riket (andra förbunds tal)' : 'Rapporter med röjandeskydd'} tas fram för hela kalenderperioder (år, halvår, tertial eller månad), inte för ${query.from}–${query.to}. Annars skulle två perioder som skiljer sig en dag visa en enskild persons uppgifter.`,
    );
  return { method: 'cell_key', threshold: DEFAULT_SUPPRESSION_THRESHOLD, maxNoise: MAX_COUNT_NOISE, period };
}
