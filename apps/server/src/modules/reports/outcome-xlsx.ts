import {
  OUTCOME_COLUMN_LABELS_SV,
  OUTCOME_COLUMNS,
  protectionNoteSv,
  suppressedText,
  OUTCOME_INDICATORS,
  roundOutcomeValue,
  type IndicatorKind,
} from '@insikt/core';
import { workbookBuffer, type NumberFormat, type SheetSpec } from '../../platform/excel';
import type { OutcomeReport } from './outcome-report';
import type { TableColumn } from './outcome-table';
import type { GroupBy } from './reports.repository';
import type { TrendGroup, TrendReport } from './trend-report';

export const GROUPING_LABELS_SV: Record<GroupBy, string> = {
  intervention: 'Per insats',
  association: 'Per förbund',
  county: 'Per län',
  national: 'Riket',
};

// Excel formats matching the display rules of participant-data.md §3.
const FORMATS: Record<IndicatorKind, NumberFormat> = {
  count: 'count',
  share: 'percent',
  fte: 'decimal',
  days: 'count',
};

/** One sheet of indicators: a row per indicator, Totalt/Kvinnor/Män per column group. */
function indicatorSheet(
  spec: { name: string; title: string; subtitle: string; protected: boolean },
  columns: readonly TableColumn[],
  threshold: number,
): SheetSpec {
  return {
    name: spec.name,
    title: spec.title,
    subtitle: spec.subtitle,
    headers: [
      [{ text: 'Avslutade deltagare' }, ...columns.map((g) => ({ text: g.label, span: OUTCOME_COLUMNS.length }))],
      [{ text: '' }, ...columns.flatMap(() => OUTCOME_COLUMNS.map((c) => ({ text: OUTCOME_COLUMN_LABELS_SV[c] })))],
    ],
    rows: OUTCOME_INDICATORS.map(({ id, label, kind }) => ({
      label,
      format: FORMATS[kind],
      values: columns.flatMap((g) =>
        OUTCOME_COLUMNS.map((column) => {
          const reason = g.suppressionReasons?.[`${id}.${column}`];
          if (reason) return suppressedText(reason, threshold);
          return roundOutcomeValue(id, g.cells[id][column]) ?? '–';
        }),
      ),
    })),
    note: spec.protected
      ? `${protectionNoteSv(threshold)} "–": inga avslutade i gruppen.`
      : '"–": inga avslutade i gruppen. Andelar avrundade till hela procent, heltider (40 tim/vecka) till en decimal.',
  };
}

const sheet = (report: OutcomeReport, threshold: number) =>
  indicatorSheet(
    {
      name: GROUPING_LABELS_SV[report.groupBy],
      title: `Utfall – avslutade deltagare ${report.period.from} – ${report.period.to}`,
      subtitle: GROUPING_LABELS_SV[report.groupBy],
      protected: report.suppressed,
    },
    report.groups,
    threshold,
  );

/** The outcome report as a formatted workbook: one sheet per grouping, the requested one first. */
export function outcomeWorkbook(reports: OutcomeReport[], threshold = 5): Promise<Buffer> {
  return workbookBuffer(reports.map((r) => sheet(r, threshold)));
}

/** A trend's years as the column groups of one table per group (Excel sheets, CSV). */
export const trendColumns = (group: TrendGroup): TableColumn[] =>
  group.years.map((y) => ({ ...y, label: `År ${y.year}` }));

/** The trend as a workbook: one sheet per group (insats, förbund, län, riket), the years as columns. */
export function trendWorkbook(trend: TrendReport, threshold = 5): Promise<Buffer> {
  const span = `${trend.years[0]}–${trend.years[trend.years.length - 1]}`;
  const title = `Utfall per år ${span} – avslutade deltagare`;
  const sheets = trend.groups.map((group) =>
    indicatorSheet(
      { name: group.label, title, subtitle: group.label, protected: group.protected },
      trendColumns(group),
      threshold,
    ),
  );
  // A workbook needs a sheet: with no exits at all, the empty table says so.
  return workbookBuffer(
    sheets.length
      ? sheets
      : [indicatorSheet({ name: 'Utfall per år', title, subtitle: 'Inga avslutade', protected: false }, [], threshold)],
  );
}
