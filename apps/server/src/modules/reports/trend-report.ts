import { emptyAggregate, emptyProtectionInput, type GroupScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { foldRows, groupCells, type OutcomeGroup } from './outcome-report';
import { planReport } from './report-plan';
import { assertGrouping, protects, reportProtection, type ReportProtection } from './report-protection';
import { outcomeAggregates, type GroupBy } from './reports.repository';

/** The most years one trend covers (a decade and a half of board reports). */
export const MAX_TREND_YEARS = 15;

export interface TrendQuery {
  fromYear: number;
  toYear: number;
  groupBy: GroupBy;
  suppress?: boolean;
  disclosure: Disclosure;
}

export type TrendYear = { year: number } & Pick<OutcomeGroup, 'cells' | 'suppressedCells' | 'suppressionReasons'>;

export interface TrendGroup {
  key: string;
  label: string;
  scope: GroupScope;
  protected: boolean;
  /** One entry per year of the trend, in order; a year without exits has antal 0. */
  years: TrendYear[];
}

/** Extension of the contract (docs/contract-extensions.md): the outcome report per calendar year. */
export interface TrendReport {
  report: 'trend';
  years: number[];
  groupBy: GroupBy;
  suppressed: boolean;
  protection?: ReportProtection;
  groups: TrendGroup[];
}

/**
 * The outcome report over several years (issue 12 §9): every indicator per calendar year, per
 * insats, förbund, län or riket, with the same scoping, comparison and disclosure control as
 * the report of one year, so each year equals that year's report. One aggregation grouped by
 * exit year, not one query per year.
 */
export async function trendReport(ex: Executor, actor: Actor, query: TrendQuery): Promise<TrendReport> {
  assertGrouping(actor, query.groupBy);
  const plan = await planReport(ex, actor, query.groupBy);
  // Every year is a whole calendar year, the period kind protection asks for (decision 0015).
  const first = { from: `${query.fromYear}-01-01`, to: `${query.fromYear}-12-31`, suppress: query.suppress };
  const protection = reportProtection(actor, first, plan.compares);
  const years = Array.from({ length: query.toYear - query.fromYear + 1 }, (_, i) => query.fromYear + i);
  const groups: TrendGroup[] = [];
  for (const part of plan.parts) {
    const rows = await outcomeAggregates(
      ex,
      part.groupBy,
      `${query.fromYear}-01-01`,
      `${query.toYear}-12-31`,
      { ...part.scope, recordKeySeed: protection ? query.disclosure.recordKeySeed : undefined },
      { byYear: true },
    );
    const folded = foldRows(rows);
    for (const key of new Set(folded.map((g) => g.key))) {
      const ofGroup = folded.filter((g) => g.key === key);
      const associationIds = new Set(ofGroup.flatMap((g) => [...g.associationIds]));
      const threshold = protects(actor, query, part, protection, associationIds);
      groups.push({
        key,
        ...plan.describe(part.groupBy, key, ofGroup[0]!.label, [...associationIds]),
        protected: threshold !== null,
        years: years.map((year) => {
          const group = ofGroup.find((g) => g.year === year) ?? emptyYear(key, year);
          const { protected: _p, ...cells } = groupCells(group, threshold);
          return { year, ...cells };
        }),
      });
    }
  }
  const anySuppressed = groups.some((g) => g.protected);
  await writeAudit(ex, actor, {
    action: 'report.trend',
    entityType: 'report',
    details: { fromYear: query.fromYear, toYear: query.toYear, groupBy: query.groupBy, suppressed: anySuppressed },
  });
  return {
    report: 'trend',
    years,
    groupBy: query.groupBy,
    suppressed: anySuppressed,
    ...(anySuppressed && protection ? { protection } : {}),
    groups,
  };
}

const emptyYear = (key: string, year: number) => ({
  key,
  label: '',
  year,
  byGender: { kvinna: emptyAggregate(), man: emptyAggregate() },
  protection: { kvinna: emptyProtectionInput(), man: emptyProtectionInput() },
  associationIds: new Set<string>(),
});
