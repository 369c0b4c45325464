import { sql, type SQL } from 'drizzle-orm';
import {
  REPORT_LEVELS,
  type CellAggregate,
  type CellProtectionInput,
  type Gender,
  type ReportLevel,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';

export const GROUP_BYS = REPORT_LEVELS;
export type GroupBy = ReportLevel;

/** Which participations a report may include: whole associations, and single interventions. */
export interface ReportScope {
  all: boolean;
  associationIds: string[];
  interventionIds: string[];
  /** Narrows the report to one intervention (goal fulfilment), within the scope above. */
  onlyInterventionId?: string | undefined;
  /**
   * The seed of the record keys when the report is protected (cell key method,
   * docs/decisions/0015); without it no keys are computed (exact figures cost nothing extra).
   */
  recordKeySeed?: string | undefined;
}

export interface AggregateRow extends CellAggregate {
  key: string;
  label: string;
  gender: Gender;
  /** The calendar year of exit when aggregated by year (trends), else 0. */
  year: number;
  associationIds: string[];
  protection: CellProtectionInput;
}

/** A record's key (0–255): a keyed hash of the participation's or person's id, or 0 when unprotected. */
const recordKey = (id: SQL, seed: string | undefined) =>
  seed === undefined ? sql`0` : sql`(hashtextextended(${id}::text, ${seed}::bigint) & 255)`;

const GROUP_KEY: Record<GroupBy, { key: SQL; label: SQL }> = {
  intervention: { key: sql`i.id::text`, label: sql`i.name || ' (' || a.name || ')'` },
  association: { key: sql`a.id::text`, label: sql`a.name` },
  county: { key: sql`a.county_code`, label: sql`c.name` },
  national: { key: sql`'riket'`, label: sql`'Riket'` },
};

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

export const emptyScope = (scope: ReportScope) =>
  !scope.all && scope.associationIds.length === 0 && scope.interventionIds.length === 0;

/**
 * The exited participations a report counts (participant-data.md §3): exit within the period,
 * never `felregistrering`, within the actor's scope. A condition on `participations p`.
 */
function exitedFilter(from: string, to: string, scope: ReportScope): SQL {
  const inScope = scope.all
    ? sql`true`
    : sql`(${scope.associationIds.length ? sql`p.association_id in (${uuidList(scope.associationIds)})` : sql`false`}
        or ${scope.interventionIds.length ? sql`p.intervention_id in (${uuidList(scope.interventionIds)})` : sql`false`})`;
  return sql`p.exit_date between ${from}::date and ${to}::date
      and p.exit_reason is distinct from 'felregistrering'
      and ${inScope}
      and ${scope.onlyInterventionId ? sql`p.intervention_id = ${scope.onlyInterventionId}::uuid` : sql`true`}`;
}

/** The exited participations of the period, with the group's key and label. */
export function exitedInPeriod(groupBy: GroupBy, from: string, to: string, scope: ReportScope): SQL {
  const { key, label } = GROUP_KEY[groupBy];
  return sql`select ${key} as key, ${label} as label, p.*, ${recordKey(sql`p.id`, scope.recordKeySeed)} as rk
    from participations p
    join interventions i on i.id = p.intervention_id
    join associations a on a.id = p.association_id
    join counties c on c.code = a.county_code
    where ${exitedFilter(from, to, scope)}`;
}

// The columns the outcome report reads: all in the covering index participations_exit_report_idx.
const REPORT_COLUMNS = sql.raw(
  ['association_id', 'intervention_id', 'gender', 'person_id', 'id', 'start_date', 'birth_year', 'birth_date']
    .concat(['education', 'public_support_before', 'exit_date', 'work_hours_before', 'study_hours_before'])
    .concat(['work_hours_after', 'study_hours_after'])
    .map((c) => `p.${c}`)
    .join(', '),
);

export const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

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
  options: { byYear?: boolean } = {},
): Promise<AggregateRow[]> {
  if (emptyScope(scope)) return [];
  // Trends: the same aggregation with the exit year as one more grouping column, one pass for all years.
  const year = options.byYear ? sql`extract(year from p.exit_date)::int` : sql`0`;
  const after = sql`(coalesce(p.work_hours_after, 0) + coalesce(p.study_hours_after, 0))`;
  const afterKnown = sql`(p.work_hours_after is not null or p.study_hours_after is not null)`;
  const before = sql`(coalesce(p.work_hours_before, 0) + coalesce(p.study_hours_before, 0))`;
  const beforeKnown = sql`(p.work_hours_before is not null or p.study_hours_before is not null)`;
  const ageAtStart = sql`(case when p.birth_date is not null then extract(year from age(p.start_date, p.birth_date))
                              else extract(year from p.start_date) - p.birth_year end)`;
  // Aggregated by unit (insats, or förbund for the coarser levels) before the groups are named:
  // the rows are read once per part from the covering index, without joins, and every step is a
  // hash aggregation. Summing a unit's distinct persons is exact because a person belongs to one
  // förbund (persons are kept per förbund), so no person is in two förbund's units.
  const unit = groupBy === 'intervention' ? sql`p.intervention_id` : sql`p.association_id`;
  const exited = exitedFilter(from, to, scope);
  const { key, label } = GROUP_KEY[groupBy];
  const seed = scope.recordKeySeed;
  const working = sql`p.work_hours_after > 0`;
  const workingOrStudying = sql`${afterKnown} and ${after} > 0`;
  const conditions = {
    under30: sql`${ageAtStart} < 30`,
    over3: sql`p.public_support_before = 'over_3_ar'`,
    forgymnasial: sql`p.education = 'forgymnasial'`,
    eftergymnasial: sql`p.education in ('eftergymnasial_kort', 'eftergymnasial_lang')`,
    working,
    working_or_studying: workingOrStudying,
    increased: sql`${afterKnown} and ${beforeKnown} and ${after} > ${before}`,
  };
  const names = Object.keys(conditions) as (keyof typeof conditions)[];
  const each = (f: (name: string, condition: SQL) => SQL) =>
    sql.join(
      names.map((name) => f(name, conditions[name])),
      sql`, `,
    );
  // "offset 0" keeps the key computed once per row per scan; the columns are the covering index's.
  const sumOf = (column: string) => sql.raw(`sum(s.${column})`);
  // Protected reports also sum the record keys of the rows behind each count and take the largest
  // single contribution to each sum (cell key method); the keys are computed once per row.
  const result = await ex.execute(sql`
    with rows as not materialized (
      select ${REPORT_COLUMNS}, ${recordKey(sql`p.id`, seed)} as rk from participations p where ${exited} offset 0
    ), sums as (
      select p.association_id, ${unit} as unit, p.gender, ${year} as year,
        count(*) as n, coalesce(sum(p.rk), 0) as k_n,
        ${each((name, condition) => sql`count(*) filter (where ${condition}) as ${sql.raw(name)}, coalesce(sum(p.rk) filter (where ${condition}), 0) as ${sql.raw(`k_${name}`)}`)},
        coalesce(sum(p.exit_date - p.start_date), 0) as enrolled_days,
        coalesce(max(p.exit_date - p.start_date), 0) as max_days,
        coalesce(sum(least(p.work_hours_after, 40)) filter (where ${working}), 0)::float8 as working_hours,
        coalesce(max(least(p.work_hours_after, 40)) filter (where ${working}), 0)::float8 as max_working_hours,
        coalesce(sum(least(${after}, 40)) filter (where ${workingOrStudying}), 0)::float8
          as working_or_studying_hours,
        coalesce(max(least(${after}, 40)) filter (where ${workingOrStudying}), 0)::float8
          as max_working_or_studying_hours
      from rows p
      group by 1, 2, 3, 4
    ), people as (
      select unit, gender, year, count(*) as persons, coalesce(sum(${recordKey(sql`person`, seed)}), 0) as k_persons
      from (select distinct ${unit} as unit, p.gender, ${year} as year, coalesce(p.person_id, p.id) as person
            from rows p) d
      group by 1, 2, 3
    )
    select ${key} as key, ${label} as label, s.gender, s.year,
      array_agg(distinct s.association_id::text) as association_ids,
      sum(s.n)::int as n, sum(s.k_n)::bigint as k_n,
      sum(pe.persons)::int as persons, sum(pe.k_persons)::bigint as k_persons,
      ${each((name) => sql`${sumOf(name)}::int as ${sql.raw(name)}, ${sumOf(`k_${name}`)}::bigint as ${sql.raw(`k_${name}`)}`)},
      sum(s.enrolled_days)::bigint as enrolled_days, max(s.max_days)::int as max_days,
      sum(s.working_hours)::float8 as working_hours, max(s.max_working_hours)::float8 as max_working_hours,
      sum(s.working_or_studying_hours)::float8 as working_or_studying_hours,
      max(s.max_working_or_studying_hours)::float8 as max_working_or_studying_hours
    from sums s
    join people pe on pe.unit = s.unit and pe.gender = s.gender and pe.year = s.year
    join associations a on a.id = s.association_id
    join counties c on c.code = a.county_code
    ${groupBy === 'intervention' ? sql`join interventions i on i.id = s.unit` : sql``}
    group by 1, 2, 3, 4
    order by 2, 1, 4, 3`);
  return rowsOf(result).map((r) => ({
    key: String(r.key),
    label: String(r.label),
    gender: r.gender as Gender,
    year: Number(r.year),
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
    protection: {
      keys: {
        n: Number(r.k_n),
        persons: Number(r.k_persons),
        under30: Number(r.k_under30),
        publicSupportOver3Years: Number(r.k_over3),
        forgymnasial: Number(r.k_forgymnasial),
        eftergymnasial: Number(r.k_eftergymnasial),
        working: Number(r.k_working),
        workingOrStudying: Number(r.k_working_or_studying),
        increased: Number(r.k_increased),
      },
      max: {
        enrolledDays: Number(r.max_days),
        workingHours: Number(r.max_working_hours),
        workingOrStudyingHours: Number(r.max_working_or_studying_hours),
      },
    },
  }));
}

export interface BeforeAfterTallyRow {
  key: string;
  label: string;
  gender: Gender;
  associationIds: string[];
  /** `n`, or a tally key of packages/core's before/after report (`support_before:lon` …). */
  tally: string;
  count: number;
  /** Sum of the record keys of the participations counted (0 when not protected). */
  keySum: number;
}

/**
 * The counts of the before/after report: per group and gender, how many exited participations had
 * each support code and occupation before and after, and each (before, after) pair of support codes.
 * `union` (not `union all`) counts a code listed twice in one participation once, as core does.
 */
export async function beforeAfterTallies(
  ex: Executor,
  groupBy: GroupBy,
  from: string,
  to: string,
  scope: ReportScope,
): Promise<BeforeAfterTallyRow[]> {
  if (emptyScope(scope)) return [];
  const result = await ex.execute(sql`
    select p.key, p.label, p.gender, t.tally,
      array_agg(distinct p.association_id::text) as association_ids,
      count(*)::int as count, coalesce(sum(p.rk), 0)::bigint as key_sum
    from (${exitedInPeriod(groupBy, from, to, scope)}) p
    cross join lateral (
      select 'n' as tally
      union select 'support_before:' || c from unnest(p.support_before) c
      union select 'support_after:' || c from unnest(p.support_after) c
      union select 'occupation_before:' || c from unnest(p.occupation_before) c
      union select 'occupation_after:' || c from unnest(p.occupation_after) c
      union select 'transition:' || b || '>' || a from unnest(p.support_before) b, unnest(p.support_after) a
    ) t
    group by 1, 2, 3, 4
    order by 2, 1, 3, 4`);
  return rowsOf(result).map((r) => ({
    key: String(r.key),
    label: String(r.label),
    gender: r.gender as Gender,
    associationIds: r.association_ids as string[],
    tally: String(r.tally),
    count: Number(r.count),
    keySum: Number(r.key_sum),
  }));
}

/**
 * Every förbund with its län: what a län or riket group covers. Ids and county codes only, read to
 * count the förbund behind a comparison group; other förbund's ids never leave the server.
 */
export async function associationDirectory(ex: Executor): Promise<{ id: string; countyCode: string }[]> {
  const result = await ex.execute(sql`select id::text as id, county_code from associations`);
  return rowsOf(result).map((r) => ({ id: String(r.id), countyCode: String(r.county_code) }));
}

/** The insatser with participants (individinriktade) of the given förbund: what "n av m insatser" counts. */
export async function individualInterventions(
  ex: Executor,
  associationIds: string[],
): Promise<{ id: string; associationId: string }[]> {
  if (associationIds.length === 0) return [];
  const result = await ex.execute(sql`
    select id::text as id, association_id::text as association_id from interventions
    where kind = 'individual' and association_id in (${uuidList(associationIds)})`);
  return rowsOf(result).map((r) => ({ id: String(r.id), associationId: String(r.association_id) }));
}
