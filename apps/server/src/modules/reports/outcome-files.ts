import { calendarPeriodKind } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { beforeAfterReport } from './before-after-report';
import { outcomePdf } from './outcome-pdf';
import { outcomeReport, type OutcomeReport, type OutcomeReportQuery } from './outcome-report';
import { outcomeWorkbook } from './outcome-xlsx';
import { reportScope } from './report-plan';
import { groupingsFor } from './report-protection';

/**
 * All four groupings as sheets of one workbook, the one already computed first (one insats: its sheet only). For free dates
 * the län and riket sheets are left out where they would compare with other förbund, which
 * takes whole calendar periods (decision 0020).
 */
async function outcomeWorkbookFor(
  ex: Executor,
  actor: Actor,
  query: OutcomeReportQuery,
  first: OutcomeReport,
): Promise<Buffer> {
  const calendar = calendarPeriodKind(query.from, query.to) !== null;
  // One insats is a column of the per-insats report only: under a förbund, län or riket label its
  // figures would claim more than they hold (and reach roles that may not group by insats).
  const others = query.interventionId
    ? []
    : groupingsFor(actor).filter(
        (g) =>
          g !== query.groupBy && (calendar || reportScope(actor).all || g === 'intervention' || g === 'association'),
      );
  const reports = [
    first,
    ...(await Promise.all(others.map((groupBy) => outcomeReport(ex, actor, { ...query, groupBy })))),
  ];
  return outcomeWorkbook(reports);
}

export type OutcomeFileFormat = 'xlsx' | 'pdf';

export const OUTCOME_FILE_TYPES: Record<OutcomeFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * The report as a file, for the API and the CLI alike: the Excel workbook (every grouping), or
 * the board PDF (with the before/after report of the same period and scope).
 */
export async function outcomeFile(
  ex: Executor,
  actor: Actor,
  query: OutcomeReportQuery,
  report: OutcomeReport,
  format: OutcomeFileFormat,
): Promise<Buffer> {
  if (format === 'xlsx') return outcomeWorkbookFor(ex, actor, query, report);
  const beforeAfter = await beforeAfterReport(ex, actor, { ...query, audit: false });
  return outcomePdf(report, beforeAfter);
}
