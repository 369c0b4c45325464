import {
  beforeAfterTables,
  emptyTally,
  protectBeforeAfter,
  type BeforeAfterSuppression,
  type BeforeAfterTables,
  type BeforeAfterTally,
  type Gender,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { reportScope, type OutcomeReportQuery } from './outcome-report';
import { assertGrouping, mustSuppress, reportProtection, type ReportProtection } from './report-protection';
import { beforeAfterTallies, type GroupBy } from './reports.repository';

export interface BeforeAfterGroup extends BeforeAfterTables {
  key: string;
  label: string;
  /** Hidden values by path (`support.lon.before.kvinna`) and why, when the group is suppressed. */
  suppressionReasons?: BeforeAfterSuppression;
}

/** Extension of the contract (documented in docs/contract-extensions.md). */
export interface BeforeAfterReport {
  report: 'before-after';
  period: { from: string; to: string };
  groupBy: GroupBy;
  suppressed: boolean;
  protection?: ReportProtection;
  groups: BeforeAfterGroup[];
}

/**
 * The before/after report of support and occupation (participant-data.md §3) for the same
 * period, grouping, scope and suppression rules as the outcome report.
 */
export async function beforeAfterReport(
  ex: Executor,
  actor: Actor,
  query: OutcomeReportQuery,
): Promise<BeforeAfterReport> {
  assertGrouping(actor, query.groupBy);
  const protection = reportProtection(actor, query);
  const rows = await beforeAfterTallies(ex, query.groupBy, query.from, query.to, {
    ...reportScope(actor),
    onlyInterventionId: query.interventionId,
    recordKeySeed: protection ? query.disclosure.recordKeySeed : undefined,
  });
  const groups = new Map<
    string,
    { label: string; tallies: Record<Gender, BeforeAfterTally>; associationIds: Set<string> }
  >();
  for (const row of rows) {
    const group = groups.get(row.key) ?? {
      label: row.label,
      tallies: { kvinna: emptyTally(), man: emptyTally() },
      associationIds: new Set(),
    };
    const tally = group.tallies[row.gender];
    if (row.tally === 'n') {
      tally.n = row.count;
      tally.nKey = row.keySum;
    } else {
      tally.counts[row.tally] = row.count;
      (tally.keys ??= {})[row.tally] = row.keySum;
    }
    row.associationIds.forEach((id) => group.associationIds.add(id));
    groups.set(row.key, group);
  }
  let anySuppressed = false;
  const result: BeforeAfterGroup[] = [...groups.entries()].map(([key, group]) => {
    if (!protection || !mustSuppress(actor, query, group.associationIds))
      return { key, label: group.label, ...beforeAfterTables(group.tallies) };
    anySuppressed = true;
    const protectedTables = protectBeforeAfter(group.tallies, protection.threshold);
    return { key, label: group.label, ...protectedTables.tables, suppressionReasons: protectedTables.reasons };
  });
  if (query.audit !== false)
    await writeAudit(ex, actor, {
      action: 'report.before_after',
      entityType: 'report',
      details: { from: query.from, to: query.to, groupBy: query.groupBy, suppressed: anySuppressed },
    });
  return {
    report: 'before-after',
    period: { from: query.from, to: query.to },
    groupBy: query.groupBy,
    suppressed: anySuppressed,
    ...(anySuppressed && protection ? { protection } : {}),
    groups: result,
  };
}
