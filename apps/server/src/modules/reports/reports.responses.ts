import { z } from 'zod';
import {
  CALENDAR_PERIOD_KINDS,
  OUTCOME_INDICATORS,
  REPORT_LEVELS,
  SUPPRESSION_REASONS,
  type OutcomeIndicatorId,
} from '@insikt/core';
import { fileResponse } from '../../platform/api-schemas';

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
export const suppressionReasons = z.record(z.string(), z.enum(SUPPRESSION_REASONS)).meta({ id: 'SuppressionReasons' });

export const reportProtection = z
  .object({
    method: z.literal('cell_key'),
    /** Counts from 1 to threshold−1 are hidden. */
    threshold: z.number().int(),
    /** The largest change of a shown count, either way. */
    maxNoise: z.number().int(),
    period: z.enum(CALENDAR_PERIOD_KINDS),
  })
  .meta({ id: 'ReportProtection' });

export const groupScope = z
  .object({
    level: z.enum(REPORT_LEVELS),
    /** The förbund the figures cover; `ids` are those the reader may see named (national roles: all). */
    associations: z.object({ count: z.number().int(), ids: z.array(z.string()) }),
    interventions: z.union([z.literal('all'), z.object({ ids: z.array(z.string()), of: z.number().int() })]),
    /** Whether the group holds all of what its label names (false: the reader's assigned insatser only). */
    complete: z.boolean(),
  })
  .meta({
    id: 'GroupScope',
    description: 'Vad gruppens tal omfattar: vilka förbund och insatser, och om det är hela det som etiketten namnger.',
  });

const reportFields = {
  period: z.object({ from: isoDate, to: isoDate }),
  groupBy: z.enum(REPORT_LEVELS),
  suppressed: z.boolean(),
  /** How the figures were protected, when they were (docs/contract-extensions.md). */
  protection: reportProtection.optional(),
};
const groupFields = {
  key: z.string(),
  /** Says what the group covers, built once by the server ("Dina insatser i Finnveden (3 av 12)"). */
  label: z.string(),
  scope: groupScope,
  /** Whether the group's figures went through disclosure control. */
  protected: z.boolean(),
  suppressionReasons: suppressionReasons.optional(),
};

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

const trendYear = z
  .object({
    year: z.number().int(),
    cells: outcomeCells,
    suppressedCells: z.array(z.string()).optional(),
    suppressionReasons: suppressionReasons.optional(),
  })
  .meta({ id: 'TrendYear' });

export const trendGroup = z
  .object({ ...groupFields, years: z.array(trendYear) })
  .omit({ suppressionReasons: true })
  .meta({ id: 'TrendGroup' });

export const trendReport = z
  .object({
    report: z.literal('trend'),
    years: z.array(z.number().int()),
    groupBy: reportFields.groupBy,
    suppressed: reportFields.suppressed,
    protection: reportFields.protection,
    groups: z.array(trendGroup),
  })
  .meta({ id: 'TrendReport' });

/** JSON by default; every indicator per year as CSV or Excel by `format`. */
export const trendResponse = fileResponse('Utfallsrapporten per kalenderår', ['csv', 'xlsx'], trendReport);
