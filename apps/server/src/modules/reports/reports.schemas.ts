import { z } from 'zod';
import { CALENDAR_PERIOD_KINDS, OUTCOME_INDICATORS, REPORT_LEVELS } from '@insikt/core';

// The JSON answers of the report routes (participant-data.md §4, docs/contract-extensions.md), so
// that the OpenAPI document types them for a generated client.

const cell = z.object({ total: z.number().nullable(), kvinna: z.number().nullable(), man: z.number().nullable() });
const indicatorIds = OUTCOME_INDICATORS.map((i) => i.id) as [
  (typeof OUTCOME_INDICATORS)[number]['id'],
  ...(typeof OUTCOME_INDICATORS)[number]['id'][],
];
const reason = z.enum(['small_count', 'computed_from_small_count']);

export const groupScopeSchema = z
  .object({
    level: z.enum(REPORT_LEVELS),
    associations: z.object({ count: z.number().int(), ids: z.array(z.string()) }),
    interventions: z.union([z.literal('all'), z.object({ ids: z.array(z.string()), of: z.number().int() })]),
    complete: z.boolean(),
  })
  .describe('Vad gruppens tal omfattar: vilka förbund och insatser, och om det är hela det som etiketten namnger.');

const protection = z.object({
  method: z.literal('cell_key'),
  threshold: z.number().int(),
  maxNoise: z.number().int(),
  period: z.enum(CALENDAR_PERIOD_KINDS),
});

const outcomeCellsSchema = z.record(z.enum(indicatorIds), cell);
const hidden = {
  suppressedCells: z.array(z.string()).optional(),
  suppressionReasons: z.record(z.string(), reason).optional(),
};
const described = { key: z.string(), label: z.string(), scope: groupScopeSchema, protected: z.boolean() };
const header = {
  groupBy: z.enum(REPORT_LEVELS),
  suppressed: z.boolean(),
  protection: protection.optional(),
};

export const outcomeReportSchema = z.object({
  report: z.literal('outcome'),
  period: z.object({ from: z.string(), to: z.string() }),
  ...header,
  groups: z.array(z.object({ ...described, cells: outcomeCellsSchema, ...hidden })),
});

const beforeAfterRow = z.object({
  code: z.string(),
  before: cell,
  after: cell,
  beforeShare: cell,
  afterShare: cell,
});

export const beforeAfterReportSchema = z.object({
  report: z.literal('before-after'),
  period: z.object({ from: z.string(), to: z.string() }),
  ...header,
  groups: z.array(
    z.object({
      ...described,
      antal: cell,
      support: z.array(beforeAfterRow),
      occupation: z.array(beforeAfterRow),
      transitions: z.array(z.object({ before: z.string(), after: z.string(), count: cell, share: cell })),
      suppressionReasons: hidden.suppressionReasons,
    }),
  ),
});

export const trendReportSchema = z.object({
  report: z.literal('trend'),
  years: z.array(z.number().int()),
  ...header,
  groups: z.array(
    z.object({
      ...described,
      years: z.array(z.object({ year: z.number().int(), cells: outcomeCellsSchema, ...hidden })),
    }),
  ),
});
