import {
  formatOutcomeValue,
  type GroupScope,
  suppressedText,
  type OutcomeCells,
  type OutcomeColumn,
  type OutcomeIndicatorId,
  type SuppressionReason,
} from '@insikt/core';

/** One group of GET /reports/outcome (participant-data.md §4 and docs/contract-extensions.md). */
export interface OutcomeGroup {
  key: string;
  /** Says what the group covers, built once by the server ("Dina insatser i Finnveden (3 av 12)"). */
  label: string;
  scope: GroupScope;
  protected: boolean;
  cells: OutcomeCells;
  suppressionReasons?: Record<string, SuppressionReason>;
}
export interface OutcomeReport {
  suppressed: boolean;
  groups: OutcomeGroup[];
}

/** A cell as displayed: the figure, "<5" for a hidden small count, ".." for other hidden values. */
export function display(group: OutcomeGroup, id: OutcomeIndicatorId, column: OutcomeColumn) {
  const reason = group.suppressionReasons?.[`${id}.${column}`];
  if (reason) return suppressedText(reason);
  return formatOutcomeValue(id, group.cells[id][column]);
}
