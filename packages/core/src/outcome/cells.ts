import { FULL_TIME_HOURS } from '../participation';
import { addAggregates, type CellAggregate, type GenderAggregates } from './aggregate';
import type { OutcomeColumn, OutcomeIndicatorId } from './indicators';

/** Unrounded values per column; null where the denominator is 0 (shown as "–"). */
export type OutcomeCell = Record<OutcomeColumn, number | null>;
export type OutcomeCells = Record<OutcomeIndicatorId, OutcomeCell>;

/** Sums where a protected value may be hidden (null). */
export type NullableAggregate = { [K in keyof CellAggregate]: number | null };

const share = (numerator: number | null, denominator: number | null) =>
  numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
const fullTimes = (hours: number | null) => (hours === null ? null : hours / FULL_TIME_HOURS);

/**
 * Every indicator of one column from its sums; a hidden sum hides what is computed from it.
 * Exact and protected cells are computed by this one function.
 */
export function valuesOf(a: NullableAggregate, columnTotal: number | null): Record<OutcomeIndicatorId, number | null> {
  return {
    antal: a.n,
    fordelning: share(a.n, columnTotal),
    antal_unika: a.persons,
    andel_under_30_vid_start: share(a.under30, a.n),
    andel_offentlig_forsorjning_over_3_ar: share(a.publicSupportOver3Years, a.n),
    andel_forgymnasial: share(a.forgymnasial, a.n),
    andel_eftergymnasial: share(a.eftergymnasial, a.n),
    genomsnittlig_inskrivningstid_dagar: share(a.enrolledDays, a.n),
    antal_forvarvsarbete: a.working,
    forvarvsarbete_heltider: a.working === null ? null : fullTimes(a.workingHours),
    andel_forvarvsarbete: share(a.working, a.n),
    antal_arbete_eller_studier: a.workingOrStudying,
    arbete_eller_studier_heltider: a.workingOrStudying === null ? null : fullTimes(a.workingOrStudyingHours),
    antal_okat_omfattning: a.increased,
  };
}

/**
 * The report cells of one group from its per-gender sums: Totalt, Kvinnor, Män for every
 * indicator (participant-data.md §3). Every share has the cell's own `antal` as denominator;
 * `fordelning` has the group's total.
 */
export function outcomeCells(byGender: GenderAggregates): OutcomeCells {
  const total = addAggregates(byGender.kvinna, byGender.man);
  const columns = {
    total: valuesOf(total, total.n),
    kvinna: valuesOf(byGender.kvinna, total.n),
    man: valuesOf(byGender.man, total.n),
  };
  return cellsOf(columns);
}

/** Indicator-major cells from column-major values. */
export function cellsOf(columns: Record<OutcomeColumn, Record<OutcomeIndicatorId, number | null>>): OutcomeCells {
  const cells = {} as OutcomeCells;
  for (const id of Object.keys(columns.total) as OutcomeIndicatorId[]) {
    cells[id] = { total: columns.total[id], kvinna: columns.kvinna[id], man: columns.man[id] };
  }
  return cells;
}
