import { sql } from 'drizzle-orm';
import type { Gender } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { emptyScope, exitedInPeriod, rowsOf, type GroupBy, type ReportScope } from '../reports/reports.repository';

export interface ExitReasonTallyRow {
  key: string;
  label: string;
  gender: Gender;
  associationIds: string[];
  /** Null for an exit recorded without a reason: counted among the exited, under no reason. */
  reason: string | null;
  count: number;
  /** Sum of the record keys of the participations counted (0 when not protected). */
  keySum: number;
}

/**
 * How many exited participations of the period ended for each reason, per group and gender: the
 * participations the outcome report counts (same filter, scope and record keys), so the exited in
 * all equal its antal.
 */
export async function exitReasonTallies(
  ex: Executor,
  groupBy: GroupBy,
  from: string,
  to: string,
  scope: ReportScope,
): Promise<ExitReasonTallyRow[]> {
  if (emptyScope(scope)) return [];
  const result = await ex.execute(sql`
    select p.key, p.label, p.gender, p.exit_reason as reason,
      array_agg(distinct p.association_id::text) as association_ids,
      count(*)::int as count, coalesce(sum(p.rk), 0)::bigint as key_sum
    from (${exitedInPeriod(groupBy, from, to, scope)}) p
    group by 1, 2, 3, 4
    order by 2, 1, 3, 4`);
  return rowsOf(result).map((r) => ({
    key: String(r.key),
    label: String(r.label),
    gender: r.gender as Gender,
    associationIds: r.association_ids as string[],
    reason: r.reason === null ? null : String(r.reason),
    count: Number(r.count),
    keySum: Number(r.key_sum),
  }));
}
