import { z } from 'zod';

/**
 * The dates Insikt accepts anywhere: a participation, an insats, a report period or an audit
 * search. PostgreSQL has no year 0 and 9999 is no real date in this domain; checking here turns
 * such input into a Swedish 400 naming the field instead of a failed statement (issue 11 §3).
 * Birth years have their own, tighter rule (participant-data.md: 1900 to the current year).
 */
export const DATE_RANGE = { from: '1900-01-01', to: '2100-12-31' } as const;

/** An ISO date (ÅÅÅÅ-MM-DD) within DATE_RANGE. */
export const isoDateSchema = (message = 'Datum anges som ÅÅÅÅ-MM-DD.') =>
  z.iso
    .date(message)
    .refine(
      (d) => d >= DATE_RANGE.from && d <= DATE_RANGE.to,
      `Datumet måste ligga mellan ${DATE_RANGE.from} och ${DATE_RANGE.to}.`,
    );
