import type { GoalComparison } from '../../intervention';
import { formatOutcomeValue } from '../../outcome/format';
import type { OutcomeIndicatorId } from '../../outcome/indicators';
import type { FulfilmentStatus } from './fulfilment';

/** A measured or target value in the unit of its outcome indicator ("34 %"), or as a plain Swedish number. */
export function formatIndicatorValue(indicatorId: OutcomeIndicatorId | null, value: number | null): string {
  if (indicatorId) return formatOutcomeValue(indicatorId, value);
  return value === null ? '–' : new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(value);
}

/** "minst 30 %", "högst 180", "40 %–60 %": a target in words, for the exported documents. */
export function targetTextSv(
  indicatorId: OutcomeIndicatorId | null,
  target: { comparison: GoalComparison; target: number | null; targetMax?: number | null },
): string {
  if (target.target === null) return '–';
  const f = (v: number | null | undefined) => formatIndicatorValue(indicatorId, v ?? null);
  if (target.comparison === 'between') return `${f(target.target)}–${f(target.targetMax)}`;
  return `${target.comparison === 'at_least' ? 'minst' : 'högst'} ${f(target.target)}`;
}

export const FULFILMENT_LABELS_SV: Record<FulfilmentStatus, string> = {
  met: 'Uppfyllt',
  not_met: 'Ej uppfyllt',
  no_data: 'Uppgift saknas',
};
