import { formatOutcomeValue, suppressedText, type OutcomeColumn, type OutcomeIndicatorId } from '@insikt/core';

import type { OutcomeGroup } from '../../lib/types';

export type { OutcomeGroup, OutcomeReport } from '../../lib/types';

/** A cell as displayed: the figure, "<5" for a hidden small count, ".." for other hidden values. */
export function display(group: OutcomeGroup, id: OutcomeIndicatorId, column: OutcomeColumn) {
  const reason = group.suppressionReasons?.[`${id}.${column}`];
  if (reason) return suppressedText(reason);
  return formatOutcomeValue(id, group.cells[id][column]);
}
