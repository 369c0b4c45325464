import {
  emptyAggregate,
  emptyProtectionInput,
  outcomeCells,
  protectOutcomeCells,
  type CellAggregate,
  type CellProtectionInput,
  type Gender,
  type GenderAggregates,
  type GroupScope,
  type OutcomeCells,
  type SuppressionReason,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { assertGrouping, protects, reportProtection, type ReportProtection } from './report-protection';
import { planReport } from './report-plan';
import { outcomeAggregates, type AggregateRow, type GroupBy } from './reports.repository';

export interface OutcomeReportQuery {
  from: string;
  to: string;
  groupBy: GroupBy;
  /** Publication: statistical disclosure control even for roles that may see exact figures. */
  suppress?: boolean;
  /** The record keys' secret; reports for roles without personal-data access need it. */
  disclosure: Disclosure;
  interventionId?: string;
  /** Goal fulfilment reads many periods for one page and audits once itself. */
  audit?: boolean;
}

export interface OutcomeGroup {
  key: string;
  label: string;
  /** Extension of the contract: which förbund and insatser the figures cover. */
  scope: GroupScope;
  /** Whether the group's figures went through disclosure control (other förbund's always do). */
  protected: boolean;
  cells: OutcomeCells;
  suppressedCells?: string[];
  /** Extension of the contract: why each cell is hidden (a small count shows "<5", the rest ".."). */
  suppressionReasons?: Record<string, SuppressionReason>;
}

export interface OutcomeReport {
  report: 'outcome';
  period: { from: string; to: string };
  groupBy: GroupBy;
  suppressed: boolean;
  /** Extension of the contract: how the figures were protected, when they were. */
  protection?: ReportProtection;
  groups: OutcomeGroup[];
}

interface FoldedGroup {
  key: string;
  label: string;
  year: number;
  byGender: GenderAggregates;
  protection: Record<Gender, CellProtectionInput>;
  associationIds: Set<string>;
}

/** The per-gender rows of the aggregation, folded into one entry per group (and year). */
export function foldRows(rows: readonly AggregateRow[]): FoldedGroup[] {
  const groups = new Map<string, FoldedGroup>();
  for (const row of rows) {
    const id = `${row.key}|${row.year}`;
    const group = groups.get(id) ?? {
      key: row.key,
      label: row.label,
      year: row.year,
      byGender: { kvinna: emptyAggregate(), man: emptyAggregate() },
      protection: { kvinna: emptyProtectionInput(), man: emptyProtectionInput() },
      associationIds: new Set<string>(),
    };
    const { key: _k, label: _l, gender, year: _y, associationIds, protection: input, ...sums } = row;
    group.byGender[gender] = sums satisfies CellAggregate;
    group.protection[gender] = input;
    associationIds.forEach((id) => group.associationIds.add(id));
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** The cells of one group: exact, or through the cell key method when `threshold` is given. */
export function groupCells(
  group: FoldedGroup,
  threshold: number | null,
): Pick<OutcomeGroup, 'protected' | 'cells' | 'suppressedCells' | 'suppressionReasons'> {
  if (threshold === null) return { protected: false, cells: outcomeCells(group.byGender) };
  const protectedCells = protectOutcomeCells(group.byGender, group.protection, threshold);
  return {
    protected: true,
    cells: protectedCells.cells,
    suppressedCells: protectedCells.suppressed.map((s) => `${s.indicator}.${s.column}`),
    suppressionReasons: Object.fromEntries(
      protectedCells.suppressed.map((s) => [`${s.indicator}.${s.column}`, s.reason]),
    ),
  };
}

/**
 * The outcome report ("Utfall") for a period and grouping, as in participant-data.md §3–4.
 * Groups mixing associations where the actor lacks personal-data access are suppressed, and so
 * are the län and riket beside a förbund user's own figures (decision 0020).
 */
export async function outcomeReport(ex: Executor, actor: Actor, query: OutcomeReportQuery): Promise<OutcomeReport> {
  assertGrouping(actor, query.groupBy);
  const plan = await planReport(ex, actor, query.groupBy);
  const protection = reportProtection(actor, query, plan.compares);
  const result: OutcomeGroup[] = [];
  for (const part of plan.parts) {
    const rows = await outcomeAggregates(ex, part.groupBy, query.from, query.to, {
      ...part.scope,
      onlyInterventionId: query.interventionId,
      recordKeySeed: protection ? query.disclosure.recordKeySeed : undefined,
    });
    for (const group of foldRows(rows))
      result.push({
        key: group.key,
        ...plan.describe(part.groupBy, group.key, group.label, [...group.associationIds]),
        ...groupCells(group, protects(actor, query, part, protection, group.associationIds)),
      });
  }
  const anySuppressed = result.some((g) => g.protected);
  if (query.audit !== false)
    await writeAudit(ex, actor, {
      action: 'report.outcome',
      entityType: 'report',
      details: { from: query.from, to: query.to, groupBy: query.groupBy, suppressed: anySuppressed },
    });
  return {
    report: 'outcome',
    period: { from: query.from, to: query.to },
    groupBy: query.groupBy,
    suppressed: anySuppressed,
    ...(anySuppressed && protection ? { protection } : {}),
    groups: result,
  };
}
