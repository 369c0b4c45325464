import { z } from 'zod';
import {
  FULFILMENT_STATUSES,
  GOAL_COMPARISONS,
  LOGIC_INDICATOR_KINDS,
  OUTCOME_INDICATORS,
  type OutcomeIndicatorId,
} from '@insikt/core';

const indicatorResult = z.object({
  year: z.number().int(),
  actual: z.number().nullable(),
  status: z.enum(FULFILMENT_STATUSES),
  source: z.string().nullable(),
});

export const logicIndicatorView = z
  .object({
    id: z.string(),
    rowId: z.string(),
    kind: z.enum(LOGIC_INDICATOR_KINDS),
    label: z.string(),
    valueIndicatorId: z
      .enum(OUTCOME_INDICATORS.map((i) => i.id) as [OutcomeIndicatorId, ...OutcomeIndicatorId[]])
      .nullable(),
    comparison: z.enum(GOAL_COMPARISONS),
    target: z.number().nullable(),
    targetMax: z.number().nullable(),
    results: z.array(indicatorResult),
  })
  .meta({ id: 'LogicIndicatorView' });

/** The years shown and every linked indicator's fulfilment in them (programme logic, theory of change). */
export const indicatorFulfilmentResponse = z.object({
  years: z.array(z.number().int()),
  indicators: z.array(logicIndicatorView),
});
