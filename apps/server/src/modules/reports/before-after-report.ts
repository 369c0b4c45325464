import {
  beforeAfterTables,
  emptyTally,
  protectBeforeAfter,
  type BeforeAfterSuppression,
  type BeforeAfterTables,
  type BeforeAfterTally,
  type Gender,
  type GroupScope,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { OutcomeReportQuery } from './outcome-report';
import { planReport } from './report-plan';
import { assertGrouping, protects, reportProtection, type ReportProtection } from './report-protection';
import { beforeAfterTallies, type BeforeAfterTallyRow, type GroupBy } from './reports.repository';

export interface BeforeAfterGroup extends BeforeAfterTables {
  key: string;
  label: string;
  scope: GroupScope;
  protected: boolean;
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
  const plan = await planReport(ex, actor, query.groupBy);
  const protection = reportProtection(actor, query, plan.compares);
  const result: BeforeAfterGroup[] = [];
  for (const part of plan.parts) {
    const rows = await beforeAfterTallies(ex, part.groupBy, query.from, query.to, {
      ...part.scope,
      onlyInterventionId: query.interventionId,
      recordKeySeed: protection ? query.disclosure.recordKeySeed : undefined,
    });
    for (const [key, group] of foldTallies(rows)) {
      const described = { key, ...plan.describe(part.groupBy, key, group.label, [...group.associationIds]) };
      const threshold = protects(actor, query, part, protection, group.associationIds);
      if (threshold === null) {
        result.push({ ...described, protected: false, ...beforeAfterTables(group.tallies) });
        continue;
      }
      const protectedTables = protectBeforeAfter(group.tallies, threshold);
      result.push({
        ...described,
        protected: true,
        ...protectedTables.tables,
        suppressionReasons: protectedTables.reasons,
      });
    }
  }
  const anySuppressed = result.some((g) => g.protected);
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

/** The tally rows folded into one entry per group, with its per-gender tallies. */
function foldTallies(rows: readonly BeforeAfterTallyRow[]) {
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
  return groups;
}
