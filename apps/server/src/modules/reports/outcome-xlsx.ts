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
import type { GroupBy } from './reports.repository';

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

function sheet(report: OutcomeReport, threshold: number): SheetSpec {
  return {
    name: GROUPING_LABELS_SV[report.groupBy],
    title: `Utfall – avslutade deltagare ${report.period.from} – ${report.period.to}`,
    subtitle: GROUPING_LABELS_SV[report.groupBy],
    headers: [
      [{ text: 'Avslutade deltagare' }, ...report.groups.map((g) => ({ text: g.label, span: OUTCOME_COLUMNS.length }))],
      [
        { text: '' },
        ...report.groups.flatMap(() => OUTCOME_COLUMNS.map((c) => ({ text: OUTCOME_COLUMN_LABELS_SV[c] }))),
      ],
    ],
    rows: OUTCOME_INDICATORS.map(({ id, label, kind }) => ({
      label,
      format: FORMATS[kind],
      values: report.groups.flatMap((g) =>
        OUTCOME_COLUMNS.map((column) => {
          const reason = g.suppressionReasons?.[`${id}.${column}`];
          if (reason) return suppressedText(reason, threshold);
          return roundOutcomeValue(id, g.cells[id][column]) ?? '–';
        }),
      ),
    })),
    note: report.suppressed
      ? `${protectionNoteSv(threshold)} "–": inga avslutade i gruppen.`
      : '"–": inga avslutade i gruppen. Andelar avrundade till hela procent, heltider (40 tim/vecka) till en decimal.',
  };
}

/** The outcome report as a formatted workbook: one sheet per grouping, the requested one first. */
export function outcomeWorkbook(reports: OutcomeReport[], threshold = 5): Promise<Buffer> {
  return workbookBuffer(reports.map((r) => sheet(r, threshold)));
}
