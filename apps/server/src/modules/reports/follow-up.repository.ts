import { sql, type SQL } from 'drizzle-orm';
import {
  FOLLOW_UP_KINDS,
  FOLLOW_UP_MONTHS,
  PUBLIC_SUPPORT_CODES,
  SITUATION_MEASURES,
  type FollowUpKind,
  type Gender,
  type SituationMeasure,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { followUpRecorded, monthsAfterExit } from '../participants/follow-ups.repository';
import type { ReportScope } from './reports.repository';

export const FOLLOW_UP_GROUP_BYS = ['intervention', 'association'] as const;
export type FollowUpGroupBy = (typeof FOLLOW_UP_GROUP_BYS)[number];

export interface FollowUpTallyRow {
  key: string;
  label: string;
  gender: Gender;
  associationIds: string[];
  n: number;
  nKey: number;
  /** Per tally of core's followUpTallyKeys: how many, and the sum of their record keys. */
  counts: Record<string, number>;
  keys: Record<string, number>;
}

const GROUP: Record<FollowUpGroupBy, { key: SQL; label: SQL }> = {
  intervention: { key: sql`i.id::text`, label: sql`i.name || ' (' || a.name || ')'` },
  association: { key: sql`a.id::text`, label: sql`a.name` },
};

const publicCodes = sql.raw(`array[${PUBLIC_SUPPORT_CODES.map((c) => `'${c}'`).join(', ')}]::text[]`);

/** Core's measures of a situation (inWork, inStudies, onPublicSupport) over a row's columns. */
function situation(c: { work: string; study: string; occupation: string; support: string }) {
  const has = (column: string, code: string) => sql.raw(`coalesce('${code}' = any(p.${column}), false)`);
  const work = sql`(coalesce(${sql.raw(`p.${c.work}`)}, 0) > 0 or ${has(c.occupation, 'arbete')} or ${has(c.support, 'lon')})`;
  const study = sql`(coalesce(${sql.raw(`p.${c.study}`)}, 0) > 0 or ${has(c.occupation, 'studier')} or ${has(c.support, 'studiemedel')})`;
  return {
    arbete: work,
    studier: study,
    arbete_eller_studier: sql`(${work} or ${study})`,
    offentlig: sql`coalesce(${sql.raw(`p.${c.support}`)} && ${publicCodes}, false)`,
  } satisfies Record<SituationMeasure, SQL>;
}

/** Every tally of core's followUpTallyKeys as a condition on `participations p` on `today`. */
function tallyConditions(today: string): Record<string, SQL> {
  const exit = situation({
    work: 'work_hours_after',
    study: 'study_hours_after',
    occupation: 'occupation_after',
    support: 'support_after',
  });
  const conditions: Record<string, SQL> = {};
  for (const m of SITUATION_MEASURES) conditions[`exit:${m}`] = exit[m];
  for (const kind of FOLLOW_UP_KINDS) {
    const k = kind as FollowUpKind;
    const column = (part: string) => `follow_up_${k}${part}`;
    const at = situation({
      work: column('_work_hours'),
      study: column('_study_hours'),
      occupation: column('_occupation'),
      support: column(''),
    });
    const recorded = followUpRecorded(k);
    const reached = sql`(${recorded} and coalesce(${sql.raw(`p.${column('_reached')}`)}, true))`;
    const closed = sql`${today}::date > ${monthsAfterExit(FOLLOW_UP_MONTHS[k].closes)}`;
    conditions[`${k}:nadd`] = reached;
    conditions[`${k}:ej_nadd`] = sql`(${recorded} and not ${reached})`;
    conditions[`${k}:saknas`] = sql`(not ${recorded} and ${closed})`;
    conditions[`${k}:ej_aktuell`] = sql`(not ${recorded} and not ${closed})`;
    conditions[`${k}:aktuell`] = sql`(${recorded} or ${closed})`;
    for (const m of SITUATION_MEASURES) conditions[`${k}:${m}`] = sql`(${reached} and ${at[m]})`;
    conditions[`${k}:kvar_bas`] = sql`(${reached} and ${exit.arbete_eller_studier})`;
    conditions[`${k}:kvar`] = sql`(${reached} and ${exit.arbete_eller_studier} and ${at.arbete_eller_studier})`;
  }
  return conditions;
}

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * The tallies of the follow-up report (docs/decisions/0022): per group and gender, over the
 * participations that exited in the period (not felregistrering, within the actor's scope), how
 * many count in each tally of core's `followUpTallyKeys`, with the sum of their record keys when
 * the report is protected. One pass, one hash aggregation: no row leaves the database.
 */
export async function followUpTallies(
  ex: Executor,
  groupBy: FollowUpGroupBy,
  from: string,
  to: string,
  today: string,
  scope: ReportScope,
): Promise<FollowUpTallyRow[]> {
  if (!scope.all && scope.associationIds.length === 0 && scope.interventionIds.length === 0) return [];
  const inScope = scope.all
    ? sql`true`
    : sql`(${scope.associationIds.length ? sql`p.association_id in (${uuidList(scope.associationIds)})` : sql`false`}
        or ${scope.interventionIds.length ? sql`p.intervention_id in (${uuidList(scope.interventionIds)})` : sql`false`})`;
  const conditions = tallyConditions(today);
  const names = Object.keys(conditions);
  const alias = (i: number, prefix = 't') => sql.raw(`${prefix}${i}`);
  const rk =
    scope.recordKeySeed === undefined
      ? sql`0`
      : sql`(hashtextextended(p.id::text, ${scope.recordKeySeed}::bigint) & 255)`;
  const { key, label } = GROUP[groupBy];
  const result = await ex.execute(sql`
    select ${key} as key, ${label} as label, p.gender,
      array_agg(distinct p.association_id::text) as association_ids,
      count(*)::int as n, coalesce(sum(${rk}), 0)::bigint as k_n,
      ${sql.join(
        names.map(
          (name, i) =>
            sql`count(*) filter (where ${conditions[name]!})::int as ${alias(i)}, coalesce(sum(${rk}) filter (where ${conditions[name]!}), 0)::bigint as ${alias(i, 'k')}`,
        ),
        sql`, `,
      )}
    from participations p
    join interventions i on i.id = p.intervention_id
    join associations a on a.id = p.association_id
    where p.exit_date between ${from}::date and ${to}::date
      and p.exit_reason is distinct from 'felregistrering'
      and ${inScope}
      and ${scope.onlyInterventionId ? sql`p.intervention_id = ${scope.onlyInterventionId}::uuid` : sql`true`}
    group by 1, 2, 3
    order by 2, 1, 3`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    key: String(r.key),
    label: String(r.label),
    gender: r.gender as Gender,
    associationIds: r.association_ids as string[],
    n: Number(r.n),
    nKey: Number(r.k_n),
    counts: Object.fromEntries(names.map((name, i) => [name, Number(r[`t${i}`])])),
    keys: Object.fromEntries(names.map((name, i) => [name, Number(r[`k${i}`])])),
  }));
}
