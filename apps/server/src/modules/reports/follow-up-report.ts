import {
  emptyTally,
  followUpCells,
  protectFollowUpCells,
  todayIso,
  type BeforeAfterTally,
  type FollowUpCells,
  type Gender,
  type SuppressionReason,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { reportScope } from './report-plan';
import { assertGrouping, mustSuppress, reportProtection, type ReportProtection } from './report-protection';
import { followUpTallies, type FollowUpGroupBy } from './follow-up.repository';

export interface FollowUpReportQuery {
  from: string;
  to: string;
  groupBy: FollowUpGroupBy;
  suppress?: boolean;
  interventionId?: string | undefined;
  disclosure: Disclosure;
  /** The day the windows are judged on (tests fix it); today by default. */
  today?: string;
}

export interface FollowUpGroup {
  key: string;
  label: string;
  cells: FollowUpCells;
  /** Why each hidden value is hidden, by `<row id>.<column>` (docs/contract-extensions.md). */
  suppressionReasons?: Record<string, SuppressionReason>;
}

/** Extension of the contract (docs/contract-extensions.md, decision 0022). */
export interface FollowUpReport {
  report: 'follow-up';
  period: { from: string; to: string };
  groupBy: FollowUpGroupBy;
  /** Windows are judged on this day: a follow-up whose window is still open is "ännu inte aktuell". */
  today: string;
  suppressed: boolean;
  protection?: ReportProtection;
  groups: FollowUpGroup[];
}

/**
 * The follow-up report: the cohort that exited in the period, at exit, 6 and 12 months after,
 * per group and gender, with the response rate. Same scope, periods and protection rules as the
 * outcome report (decisions 0009 and 0015).
 */
export async function followUpReport(ex: Executor, actor: Actor, query: FollowUpReportQuery): Promise<FollowUpReport> {
  assertGrouping(actor, query.groupBy);
  const protection = reportProtection(actor, query);
  const today = query.today ?? todayIso();
  const rows = await followUpTallies(ex, query.groupBy, query.from, query.to, today, {
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
      associationIds: new Set<string>(),
    };
    group.tallies[row.gender] = { n: row.n, nKey: row.nKey, counts: row.counts, keys: row.keys };
    row.associationIds.forEach((id) => group.associationIds.add(id));
    groups.set(row.key, group);
  }
  let anySuppressed = false;
  const result = [...groups.entries()].map(([key, group]): FollowUpGroup => {
    if (!protection || !mustSuppress(actor, query, group.associationIds))
      return { key, label: group.label, cells: followUpCells(group.tallies) };
    anySuppressed = true;
    const { cells, reasons } = protectFollowUpCells(group.tallies, protection.threshold);
    return { key, label: group.label, cells, suppressionReasons: reasons };
  });
  await writeAudit(ex, actor, {
    action: 'report.follow_up',
    entityType: 'report',
    details: { from: query.from, to: query.to, groupBy: query.groupBy, suppressed: anySuppressed },
  });
  return {
    report: 'follow-up',
    period: { from: query.from, to: query.to },
    groupBy: query.groupBy,
    today,
    suppressed: anySuppressed,
    ...(anySuppressed && protection ? { protection } : {}),
    groups: result,
  };
}
