import type { EvidenceTable } from '@insikt/core';
import { followUpTable } from '../reports/follow-up-files';
import { followUpReport } from '../reports/follow-up-report';
import { outcomeReport } from '../reports/outcome-report';
import { outcomeTable } from '../reports/outcome-table';
import { trendColumns } from '../reports/outcome-xlsx';
import { trendReport } from '../reports/trend-report';
import {
  evidenceTable,
  groupingOf,
  groupsOf,
  protectedDefinition,
  scopeLabelOf,
  THRESHOLD,
  yearPeriod,
  type EvidenceContext,
} from './evidence-context';

// Every report below is asked for with the publication flag: the evidence goes to the board and to
// every reader of the document, so it holds the protected figures whoever attaches it (decision 0026).

export const outcomeTitle = (year: number) => `Utfall ${year} – avslutade deltagare`;

/** The outcome report ("Utfall") of the year, Totalt / Kvinnor / Män, as the board's report shows it. */
export async function outcomeEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const period = yearPeriod(ctx.year);
  const report = await outcomeReport(ctx.ex, ctx.actor, {
    ...period,
    groupBy: groupingOf(ctx),
    suppress: true,
    disclosure: ctx.disclosure,
  });
  const groups = groupsOf(ctx, report.groups);
  return evidenceTable(
    ctx,
    {
      source: 'outcome',
      title: outcomeTitle(ctx.year),
      definition: protectedDefinition(
        'Utfallsrapportens indikatorer (SUS definitioner) för deltagare som avslutades under året, utom felregistreringar; andelar av de avslutade.',
      ),
      period,
      scopeLabel: scopeLabelOf(ctx, groups),
      protected: true,
    },
    outcomeTable({ groups }, THRESHOLD),
  );
}

/** How many years back the trend reaches: the board's usual five-year view. */
export const TREND_YEARS = 5;

/** The outcome report per calendar year, the last five years up to the document's year. */
export async function trendEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const fromYear = ctx.year - TREND_YEARS + 1;
  const trend = await trendReport(ctx.ex, ctx.actor, {
    fromYear,
    toYear: ctx.year,
    groupBy: groupingOf(ctx),
    suppress: true,
    disclosure: ctx.disclosure,
  });
  const groups = groupsOf(ctx, trend.groups);
  const several = groups.length > 1;
  const columns = groups.flatMap((g) =>
    trendColumns(g).map((c) => ({ ...c, label: several ? `${g.label} ${c.label}` : c.label })),
  );
  return evidenceTable(
    ctx,
    {
      source: 'outcome_trend',
      title: `Utfall per år ${fromYear}–${ctx.year}`,
      definition: protectedDefinition(
        'Utfallsrapportens indikatorer per kalenderår för deltagare som avslutades det året, utom felregistreringar; varje år är samma som årets utfallsrapport.',
      ),
      period: { from: yearPeriod(fromYear).from, to: yearPeriod(ctx.year).to },
      scopeLabel: scopeLabelOf(ctx, groups),
      protected: true,
    },
    outcomeTable({ groups: columns }, THRESHOLD),
  );
}

/** The follow-up 6 and 12 months after exit of those who exited in the year (decision 0022). */
export async function followUpEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const period = yearPeriod(ctx.year);
  const report = await followUpReport(ctx.ex, ctx.actor, {
    ...period,
    groupBy: groupingOf(ctx),
    suppress: true,
    disclosure: ctx.disclosure,
  });
  const groups = groupsOf(ctx, report.groups);
  // The file's table has a title row first and a note row last; the definition carries both.
  const table = followUpTable({ ...report, groups }, THRESHOLD);
  return evidenceTable(
    ctx,
    {
      source: 'follow_up',
      title: `Uppföljning 6 och 12 månader efter avslut – avslutade ${ctx.year}`,
      definition: table[table.length - 1]![0]!,
      period,
      scopeLabel: scopeLabelOf(ctx, groups),
      protected: true,
    },
    table.slice(1, -1),
  );
}
