import { sql } from 'drizzle-orm';
import type { ExitReason, Gender, KeyedNationalParticipation } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { rowsOf } from '../reports/reports.repository';

/**
 * The module owns no tables: it reads the insatser, the participations and (through the structural
 * module's `keyedActivities`) the activities of one förbund, every query filtered by the förbund.
 */

// A record's key (0–255) as the outcome report computes it, so the same records get the same value.
const recordKey = (id: ReturnType<typeof sql>, seed: string | undefined) =>
  seed === undefined ? sql`0` : sql`(hashtextextended(${id}::text, ${seed}::bigint) & 255)`;

export interface YearInsats {
  id: string;
  name: string;
  kind: 'individual' | 'structural';
}

/**
 * The förbund's insatser of a year: those running in it (period overlapping the year, not planned
 * or cancelled) and any other with participations or activities in it, so nothing recorded is left out.
 */
export async function insatserOfYear(ex: Executor, associationId: string, year: number): Promise<YearInsats[]> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const result = await ex.execute(sql`
    select i.id::text as id, i.name, i.kind from interventions i
    where i.association_id = ${associationId}::uuid and (
      (i.status in ('active', 'completed') and i.start_date <= ${last}::date
        and (i.end_date is null or i.end_date >= ${first}::date))
      or exists (select 1 from participations p where p.intervention_id = i.id
        and p.start_date <= ${last}::date and (p.exit_date is null or p.exit_date >= ${first}::date))
      or exists (select 1 from structural_activities a where a.intervention_id = i.id
        and a.date between ${first}::date and ${last}::date))
    order by i.kind, i.name`);
  return rowsOf(result) as unknown as YearInsats[];
}

/**
 * The förbund's participations active some day of the year (felregistreringar are left out by core),
 * with the record keys of the participation and of its person when the figures are protected.
 */
export async function participationsOfYear(
  ex: Executor,
  associationId: string,
  year: number,
  seed: string | undefined,
): Promise<(KeyedNationalParticipation & { interventionId: string })[]> {
  const result = await ex.execute(sql`
    select p.intervention_id::text as "interventionId", p.person_id::text as "personKey", p.gender,
      p.start_date::text as "startDate", p.exit_date::text as "exitDate", p.exit_reason as "exitReason",
      ${recordKey(sql`p.id`, seed)} as "recordKey",
      ${recordKey(sql`coalesce(p.person_id, p.id)`, seed)} as "personRecordKey"
    from participations p
    where p.association_id = ${associationId}::uuid and p.start_date <= ${`${year}-12-31`}::date
      and (p.exit_date is null or p.exit_date >= ${`${year}-01-01`}::date)`);
  return rowsOf(result).map((r) => ({
    interventionId: String(r.interventionId),
    personKey: r.personKey === null ? null : String(r.personKey),
    gender: r.gender as Gender,
    startDate: String(r.startDate),
    exitDate: r.exitDate === null ? null : String(r.exitDate),
    exitReason: (r.exitReason ?? null) as ExitReason | null,
    recordKey: Number(r.recordKey),
    personRecordKey: Number(r.personRecordKey),
  }));
}
