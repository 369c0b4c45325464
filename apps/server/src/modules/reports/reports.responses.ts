import { z } from 'zod';
import { CALENDAR_PERIOD_KINDS, OUTCOME_INDICATORS, SUPPRESSION_REASONS, type OutcomeIndicatorId } from '@insikt/core';
import { fileResponse } from '../../platform/api-schemas';
import { GROUP_BYS } from './reports.repository';

const isoDate = z.string().meta({ format: 'date' });

/** Totalt, Kvinnor, Män; null where the denominator is 0 ("–") or the value is hidden. */
export const outcomeCell = z
  .object({ total: z.number().nullable(), kvinna: z.number().nullable(), man: z.number().nullable() })
  .meta({ id: 'OutcomeCell' });

const outcomeCells = z
  .object(
    Object.fromEntries(OUTCOME_INDICATORS.map((i) => [i.id, outcomeCell])) as Record<
      OutcomeIndicatorId,
      typeof outcomeCell
    >,
  )
  .meta({ id: 'OutcomeCells' });

/** Why each hidden value is hidden, by path: a small count shows "<5", the rest "..". */
const suppressionReasons = z.record(z.string(), z.enum(SUPPRESSION_REASONS)).meta({ id: 'SuppressionReasons' });

const protection = z
  .object({
    method: z.literal('cell_key'),
    /** Counts from 1 to threshold−1 are hidden. */
    threshold: z.number().int(),
    /** The largest change of a shown count, either way. */
    maxNoise: z.number().int(),
    period: z.enum(CALENDAR_PERIOD_KINDS),
  })
  .meta({ id: 'ReportProtection' });

const reportFields = {
  period: z.object({ from: isoDate, to: isoDate }),
  groupBy: z.enum(GROUP_BYS),
  suppressed: z.boolean(),
  /** How the figures were protected, when they were (docs/contract-extensions.md). */
  protection: protection.optional(),
};
const groupFields = { key: z.string(), label: z.string(), suppressionReasons: suppressionReasons.optional() };

export const outcomeGroup = z
  .object({ ...groupFields, cells: outcomeCells, suppressedCells: z.array(z.string()).optional() })
  .meta({ id: 'OutcomeGroup' });

export const outcomeReport = z
  .object({ report: z.literal('outcome'), ...reportFields, groups: z.array(outcomeGroup) })
  .meta({ id: 'OutcomeReport' });

/** JSON by default; the same report as CSV, Excel or PDF by `format`. */
export const outcomeResponse = fileResponse('Utfallsrapporten', ['csv', 'xlsx', 'pdf'], outcomeReport);

const beforeAfterRow = z
  .object({
    code: z.string(),
    before: outcomeCell,
    after: outcomeCell,
    /** Of the cell's exited participations (`antal`); null when there are none ("–"). */
    beforeShare: outcomeCell,
    afterShare: outcomeCell,
  })
  .meta({ id: 'BeforeAfterRow' });

const transitionRow = z
  .object({
    before: z.string(),
    after: z.string(),
    count: outcomeCell,
    /** Of the participations that had `before` before start. */
    share: outcomeCell,
  })
  .meta({ id: 'TransitionRow' });

export const beforeAfterGroup = z
  .object({
    ...groupFields,
    antal: outcomeCell,
    support: z.array(beforeAfterRow),
    occupation: z.array(beforeAfterRow),
    transitions: z.array(transitionRow),
  })
  .meta({ id: 'BeforeAfterGroup' });

export const beforeAfterReport = z
  .object({ report: z.literal('before-after'), ...reportFields, groups: z.array(beforeAfterGroup) })
  .meta({ id: 'BeforeAfterReport' });
