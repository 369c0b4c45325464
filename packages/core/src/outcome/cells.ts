import { FULL_TIME_HOURS } from '../participation';
import { addAggregates, type CellAggregate, type GenderAggregates } from './aggregate';
import type { OutcomeColumn, OutcomeIndicatorId } from './indicators';

/** Unrounded values per column; null where the denominator is 0 (shown as "–"). */
export type OutcomeCell = Record<OutcomeColumn, number | null>;
export type OutcomeCells = Record<OutcomeIndicatorId, OutcomeCell>;

const share = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

function valuesOf(a: CellAggregate, columnTotal: number): Record<OutcomeIndicatorId, number | null> {
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
    forvarvsarbete_heltider: a.workingHours / FULL_TIME_HOURS,
    andel_forvarvsarbete: share(a.working, a.n),
    antal_arbete_eller_studier: a.workingOrStudying,
    arbete_eller_studier_heltider: a.workingOrStudyingHours / FULL_TIME_HOURS,
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
  const cells = {} as OutcomeCells;
  for (const id of Object.keys(columns.total) as OutcomeIndicatorId[]) {
    cells[id] = { total: columns.total[id], kvinna: columns.kvinna[id], man: columns.man[id] };
  }
  return cells;
}
