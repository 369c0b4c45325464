import { sql, type SQL } from 'drizzle-orm';
import type { CellAggregate, Gender } from '@insikt/core';
import type { Executor } from '../../db/open-db';

export const GROUP_BYS = ['intervention', 'association', 'county', 'national'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** Which participations a report may include: whole associations, and single interventions. */
export interface ReportScope {
  all: boolean;
  associationIds: string[];
  interventionIds: string[];
  /** Narrows the report to one intervention (goal fulfilment), within the scope above. */
  onlyInterventionId?: string | undefined;
}

export interface AggregateRow extends CellAggregate {
  key: string;
  label: string;
  gender: Gender;
  associationIds: string[];
}

const GROUP_KEY: Record<GroupBy, { key: SQL; label: SQL }> = {
  intervention: { key: sql`i.id::text`, label: sql`i.name || ' (' || a.name || ')'` },
  association: { key: sql`a.id::text`, label: sql`a.name` },
  county: { key: sql`a.county_code`, label: sql`c.name` },
  national: { key: sql`'riket'`, label: sql`'Riket'` },
};

/**
 * The sums behind every cell of the outcome report (participant-data.md §3), in one pass over the
 * exited participations of the period, grouped by the chosen level and gender. The definitions
 * mirror `aggregateRecords` in packages/core, which the tests hold this query to.
 */
export async function outcomeAggregates(
  ex: Executor,
  groupBy: GroupBy,
  from: string,
  to: string,
  scope: ReportScope,
): Promise<AggregateRow[]> {
  if (!scope.all && scope.associationIds.length === 0 && scope.interventionIds.length === 0) return [];
  const { key, label } = GROUP_KEY[groupBy];
  const uuidList = (ids: string[]) =>
    sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
  const inScope = scope.all
    ? sql`true`
    : sql`(${scope.associationIds.length ? sql`p.association_id in (${uuidList(scope.associationIds)})` : sql`false`}
        or ${scope.interventionIds.length ? sql`p.intervention_id in (${uuidList(scope.interventionIds)})` : sql`false`})`;
  const after = sql`(coalesce(p.work_hours_after, 0) + coalesce(p.study_hours_after, 0))`;
  const afterKnown = sql`(p.work_hours_after is not null or p.study_hours_after is not null)`;
  const before = sql`(coalesce(p.work_hours_before, 0) + coalesce(p.study_hours_before, 0))`;
  const beforeKnown = sql`(p.work_hours_before is not null or p.study_hours_before is not null)`;
  const ageAtStart = sql`(case when p.birth_date is not null then extract(year from age(p.start_date, p.birth_date))
                              else extract(year from p.start_date) - p.birth_year end)`;
  const result = await ex.execute(sql`
    select ${key} as key, ${label} as label, p.gender as gender,
      array_agg(distinct p.association_id::text) as association_ids,
      count(*)::int as n,
      count(distinct coalesce(p.person_id, p.id))::int as persons,
      count(*) filter (where ${ageAtStart} < 30)::int as under30,
      count(*) filter (where p.public_support_before = 'over_3_ar')::int as over3,
      count(*) filter (where p.education = 'forgymnasial')::int as forgymnasial,
      count(*) filter (where p.education in ('eftergymnasial_kort', 'eftergymnasial_lang'))::int as eftergymnasial,
      coalesce(sum(p.exit_date - p.start_date), 0)::bigint as enrolled_days,
      count(*) filter (where p.work_hours_after > 0)::int as working,
      coalesce(sum(least(p.work_hours_after, 40)) filter (where p.work_hours_after > 0), 0)::float8 as working_hours,
      count(*) filter (where ${afterKnown} and ${after} > 0)::int as working_or_studying,
      coalesce(sum(least(${after}, 40)) filter (where ${afterKnown} and ${after} > 0), 0)::float8 as working_or_studying_hours,
      count(*) filter (where ${afterKnown} and ${beforeKnown} and ${after} > ${before})::int as increased
    from participations p
    join interventions i on i.id = p.intervention_id
    join associations a on a.id = p.association_id
    join counties c on c.code = a.county_code
    where p.exit_date between ${from}::date and ${to}::date
      and p.exit_reason is distinct from 'felregistrering'
      and ${inScope}
      and ${scope.onlyInterventionId ? sql`p.intervention_id = ${scope.onlyInterventionId}::uuid` : sql`true`}
    group by 1, 2, 3
    order by 2, 1, 3`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return rows.map((r) => ({
    key: String(r.key),
    label: String(r.label),
    gender: r.gender as Gender,
    associationIds: r.association_ids as string[],
    n: Number(r.n),
    persons: Number(r.persons),
    under30: Number(r.under30),
    publicSupportOver3Years: Number(r.over3),
    forgymnasial: Number(r.forgymnasial),
    eftergymnasial: Number(r.eftergymnasial),
    enrolledDays: Number(r.enrolled_days),
    working: Number(r.working),
    workingHours: Number(r.working_hours),
    workingOrStudying: Number(r.working_or_studying),
    workingOrStudyingHours: Number(r.working_or_studying_hours),
    increased: Number(r.increased),
  }));
}
