import { and, eq, sql, type SQL } from 'drizzle-orm';
import { FOLLOW_UP_MONTHS, type FollowUpKind, type InterventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { participations } from '../../db/schema';
import { followUpColumns } from './participation-row';
import { shownReference } from './participants.repository';

/**
 * Whether a follow-up is recorded, in SQL on `participations p`: a date, an answer on reached, or
 * (before decision 0022) support codes alone. The follow-up report counts by the same rule.
 */
export const followUpRecorded = (kind: FollowUpKind): SQL =>
  sql.raw(
    kind === '6m'
      ? '(p.follow_up_6m_date is not null or p.follow_up_6m_reached is not null or p.follow_up_6m is not null)'
      : '(p.follow_up_12m_date is not null or p.follow_up_12m_reached is not null or p.follow_up_12m is not null)',
  );

/** `exit_date + n months` as a date, with PostgreSQL's month-end rule (core's addMonths). */
export const monthsAfterExit = (months: number) => sql.raw(`(p.exit_date + interval '${months} months')::date`);

export interface DueFollowUpRow {
  id: string;
  interventionId: string;
  interventionName: string;
  personReference: string | null;
  gender: 'kvinna' | 'man';
  exitDate: string;
  exitReason: string | null;
  kind: FollowUpKind;
  version: number;
}

/**
 * The follow-ups whose window is open on `today` and that are not recorded, within the
 * association and the actor's insatser, by due date. Only exits 5–15 months back can be due, a
 * range read from the association's exit index.
 */
export async function dueFollowUps(
  ex: Executor,
  associationId: string,
  scope: InterventionScope,
  today: string,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: DueFollowUpRow[] }> {
  if (scope.kind === 'some' && scope.ids.length === 0) return { total: 0, rows: [] };
  const inScope =
    scope.kind === 'all'
      ? sql`true`
      : sql`p.intervention_id in (${sql.join(
          scope.ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  const kinds = (['6m', '12m'] as const).map((kind) => {
    const m = FOLLOW_UP_MONTHS[kind];
    return sql`select p.id, ${kind}::text as kind, ${monthsAfterExit(m.target)} as target from participations p
      where p.association_id = ${associationId}::uuid and ${inScope}
        and p.exit_reason is distinct from 'felregistrering'
        and p.exit_date between (${today}::date - interval '${sql.raw(String(m.closes))} months 3 days')::date
          and ${today}::date
        and ${monthsAfterExit(m.opens)} <= ${today}::date and ${monthsAfterExit(m.closes)} >= ${today}::date
        and not ${followUpRecorded(kind)}`;
  });
  const result = await ex.execute(sql`
    with due as (${kinds[0]} union all ${kinds[1]})
    select d.kind, d.target, count(*) over () as total, participations.id, participations.intervention_id,
      i.name as intervention_name, ${shownReference(scope.kind === 'all')} as person_reference,
      participations.gender, participations.exit_date::text as exit_date, participations.exit_reason,
      participations.version
    from due d
    -- Unaliased: the shown pseudonym is written against the table names (participants.repository.ts).
    join participations on participations.id = d.id
    join interventions i on i.id = participations.intervention_id
    left join persons on persons.id = participations.person_id
    order by d.target, participations.id, d.kind
    limit ${page.limit} offset ${page.offset}`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return {
    total: rows.length ? Number(rows[0]!.total) : 0,
    rows: rows.map((r) => ({
      id: String(r.id),
      interventionId: String(r.intervention_id),
      interventionName: String(r.intervention_name),
      personReference: (r.person_reference as string | null) ?? null,
      gender: r.gender as 'kvinna' | 'man',
      exitDate: String(r.exit_date),
      exitReason: (r.exit_reason as string | null) ?? null,
      kind: r.kind as FollowUpKind,
      version: Number(r.version),
    })),
  };
}

/** Writes one follow-up, guarded by the version read; null when the version is stale. */
export async function saveFollowUp(
  ex: Executor,
  associationId: string,
  id: string,
  version: number,
  columns: ReturnType<typeof followUpColumns>,
) {
  const [row] = await ex
    .update(participations)
    .set({ ...columns, version: sql`${participations.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(participations.associationId, associationId),
        eq(participations.id, id),
        eq(participations.version, version),
      ),
    )
    .returning({ id: participations.id, version: participations.version });
  return row ?? null;
}
