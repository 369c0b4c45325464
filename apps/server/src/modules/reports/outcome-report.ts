import {
  emptyAggregate,
  emptyProtectionInput,
  interventionScope,
  outcomeCells,
  protectOutcomeCells,
  type CellAggregate,
  type CellProtectionInput,
  type Gender,
  type GenderAggregates,
  type OutcomeCells,
  type SuppressionReason,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { assertGrouping, mustSuppress, reportProtection, type ReportProtection } from './report-protection';
import { outcomeAggregates, type GroupBy, type ReportScope } from './reports.repository';

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

/** The participations the actor may aggregate: whole associations, or assigned interventions only. */
export function reportScope(actor: Actor): ReportScope {
  const scope = associationScope(actor, 'report.read');
  if (scope.kind === 'all') return { all: true, associationIds: [], interventionIds: [] };
  const associationIds: string[] = [];
  const interventionIds: string[] = [];
  for (const id of scope.ids) {
    const within = interventionScope(actor.roles, 'report.read', id);
    if (within.kind === 'all') associationIds.push(id);
    else interventionIds.push(...within.ids);
  }
  return { all: false, associationIds, interventionIds };
}

/**
 * The outcome report ("Utfall") for a period and grouping, as in participant-data.md §3–4.
 * Groups mixing associations where the actor lacks personal-data access are suppressed.
 */
export async function outcomeReport(ex: Executor, actor: Actor, query: OutcomeReportQuery): Promise<OutcomeReport> {
  assertGrouping(actor, query.groupBy);
  const protection = reportProtection(actor, query);
  const rows = await outcomeAggregates(ex, query.groupBy, query.from, query.to, {
    ...reportScope(actor),
    onlyInterventionId: query.interventionId,
    recordKeySeed: protection ? query.disclosure.recordKeySeed : undefined,
  });
  const groups = new Map<
    string,
    {
      label: string;
      byGender: GenderAggregates;
      protection: Record<Gender, CellProtectionInput>;
      associationIds: Set<string>;
    }
  >();
  for (const row of rows) {
    const group = groups.get(row.key) ?? {
      label: row.label,
      byGender: { kvinna: emptyAggregate(), man: emptyAggregate() },
      protection: { kvinna: emptyProtectionInput(), man: emptyProtectionInput() },
      associationIds: new Set(),
    };
    const { key: _k, label: _l, gender, associationIds, protection: input, ...sums } = row;
    group.byGender[gender] = sums satisfies CellAggregate;
    group.protection[gender] = input;
    associationIds.forEach((id) => group.associationIds.add(id));
    groups.set(row.key, group);
  }
  let anySuppressed = false;
  const result: OutcomeGroup[] = [...groups.entries()].map(([key, group]) => {
    if (!protection || !mustSuppress(actor, query, group.associationIds))
      return { key, label: group.label, cells: outcomeCells(group.byGender) };
    anySuppressed = true;
    const protectedCells = protectOutcomeCells(group.byGender, group.protection, protection.threshold);
    return {
      key,
      label: group.label,
      cells: protectedCells.cells,
      suppressedCells: protectedCells.suppressed.map((s) => `${s.indicator}.${s.column}`),
      suppressionReasons: Object.fromEntries(
        protectedCells.suppressed.map((s) => [`${s.indicator}.${s.column}`, s.reason]),
      ),
    };
  });
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
