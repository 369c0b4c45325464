import { z } from 'zod';
import { idSchema, isoDateSchema, todayIso } from '@insikt/core';
import { ONE_INSATS_PER_INSATS_ONLY } from './report-protection';

/** `suppress=true`: the protected version for publication, even for roles that see exact figures. */
export const publicationFlag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

/**
 * The query of a report over a period (outcome, before/after, follow-up): the period (default the
 * current calendar year, participant-data.md §3, read at each request), the grouping, the publication
 * flag, the file format and one insats of the per-insats grouping. Years 0000 or 9999 are typing
 * errors, refused before the database (the one date range in core).
 */
export function periodReportQuery<G extends string, F extends string>(
  groupBys: readonly [G, ...G[]],
  formats: readonly [F, ...F[]],
) {
  return z
    .object({
      from: isoDateSchema().optional(),
      to: isoDateSchema().optional(),
      groupBy: z.enum(groupBys).default('association' as G),
      suppress: publicationFlag,
      format: z.enum(formats).default('json' as F),
      // One insats's column of the per-insats report (its summary page links to it).
      interventionId: idSchema.optional(),
    })
    .transform((q) => {
      const year = todayIso().slice(0, 4);
      return { ...q, from: q.from ?? `${year}-01-01`, to: q.to ?? `${year}-12-31` };
    })
    .refine((q) => q.from <= q.to, { message: 'Periodens början måste vara före dess slut.', path: ['to'] })
    .refine(...ONE_INSATS_PER_INSATS_ONLY);
}
