import { z } from 'zod';

/**
 * Every evaluation document (tolvfältaren, niofält, programme logic, theory of change, effectiveness)
 * is an utkast until it is fastställd, after which it is read-only (seed 004: the tolvfältaren is
 * decided by the board, "styrelsemötet 090416"). A changed view starts a new version from it.
 */
export const DOCUMENT_STATUSES = ['draft', 'approved'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** What a fastställande records besides who and when: the decision's reference, e.g. "styrelsemöte 2009-04-16 § 5". */
export const approvalInputSchema = z.object({
  decisionReference: z.string().trim().min(1).max(200),
  version: z.number().int().nonnegative(),
});
export type ApprovalInput = z.infer<typeof approvalInputSchema>;

/** Whether a document in this status may still be changed. */
export function isEditable(status: DocumentStatus): boolean {
  return status === 'draft';
}

/** The years an evaluation document can be about: the förbund form existed from 2004 (lag 2003:1210). */
export const evaluationYearSchema = z.number().int().min(2004).max(2100);
