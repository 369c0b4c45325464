import { PUBLIC_SUPPORT_CODES, type Gender } from '../participation';
import {
  emptyTally,
  exactCounter,
  protectedCounter,
  shareCell,
  type BeforeAfterTally,
  type Counter,
} from '../outcome/before-after';
import type { OutcomeCell } from '../outcome/cells';
import { OUTCOME_COLUMNS } from '../outcome/indicators';
import { DEFAULT_SUPPRESSION_THRESHOLD, type SuppressionReason } from '../outcome/suppression';
import { followUpWindow, FOLLOW_UP_KINDS, type FollowUpKind } from './window';

/**
 * The follow-up report (docs/decisions/0022): the situation at exit, 6 and 12 months after, per
 * gender, for the participations that exited in a period. Each follow-up is answered (reached),
 * "ej nådd" (not reached: an answer of its own), missing (its window closed with nothing
 * recorded) or "ännu inte aktuell" (its window is still open or not yet open and nothing is
 * recorded): only the first three are due, and the response rate is reached ÷ due.
 */

/** What the report reads of a situation: at exit, or at a follow-up. */
export interface SituationFacts {
  workHours: number | null;
  studyHours: number | null;
  occupation: readonly string[];
  support: readonly string[];
}

/** One exited participation; a follow-up is null when nothing was recorded. */
export interface FollowUpRecord {
  gender: Gender;
  exitDate: string;
  atExit: SituationFacts;
  followUps: Record<FollowUpKind, (SituationFacts & { reached: boolean }) | null>;
  /** The record's key for the cell key method (0–255); 0 where nothing is protected. */
  recordKey?: number;
}

/**
 * In work: hours of paid work, occupation "arbete" or salary as support; in studies likewise with
 * "studier" or studiemedel. Either one is enough, so follow-ups recorded with only support codes
 * (before 0022) count too. Public support: any code of "offentlig försörjning" (participant-data.md §1).
 */
export const inWork = (s: SituationFacts) =>
  (s.workHours ?? 0) > 0 || s.occupation.includes('arbete') || s.support.includes('lon');
export const inStudies = (s: SituationFacts) =>
  (s.studyHours ?? 0) > 0 || s.occupation.includes('studier') || s.support.includes('studiemedel');
export const onPublicSupport = (s: SituationFacts) => s.support.some((c) => PUBLIC_SUPPORT_CODES.includes(c as never));

/** The situations measured at each point, by tally name. */
export const SITUATION_MEASURES = ['arbete', 'studier', 'arbete_eller_studier', 'offentlig'] as const;
export type SituationMeasure = (typeof SITUATION_MEASURES)[number];

export function measuresOf(s: SituationFacts): SituationMeasure[] {
  const work = inWork(s);
  const study = inStudies(s);
  return [
    ...(work ? (['arbete'] as const) : []),
    ...(study ? (['studier'] as const) : []),
    ...(work || study ? (['arbete_eller_studier'] as const) : []),
    ...(onPublicSupport(s) ? (['offentlig'] as const) : []),
  ];
}

/** The status of one follow-up of a record on `today`. */
export type FollowUpStatus = 'nadd' | 'ej_nadd' | 'saknas' | 'ej_aktuell';

export function followUpStatus(record: FollowUpRecord, kind: FollowUpKind, today: string): FollowUpStatus {
  const recorded = record.followUps[kind];
  if (recorded) return recorded.reached ? 'nadd' : 'ej_nadd';
  return today > followUpWindow(record.exitDate, kind).closes ? 'saknas' : 'ej_aktuell';
}

/**
 * The tallies a record counts in besides `n`: `exit:<measure>`, and per follow-up
 * `<kind>:<status>`, `<kind>:aktuell` (due: every status but ej_aktuell), `<kind>:<measure>` among
 * the reached, `<kind>:kvar_bas` (in work or studies at exit, and reached) and `<kind>:kvar` (and
 * still in work or studies). The server's SQL counts the same (follow-up.repository.ts).
 */
export function followUpTallyKeys(record: FollowUpRecord, today: string): string[] {
  const keys = measuresOf(record.atExit).map((m) => `exit:${m}`);
  const workingAtExit = keys.includes('exit:arbete_eller_studier');
  for (const kind of FOLLOW_UP_KINDS) {
    const status = followUpStatus(record, kind, today);
    keys.push(`${kind}:${status}`);
    if (status !== 'ej_aktuell') keys.push(`${kind}:aktuell`);
    const recorded = record.followUps[kind];
    if (status !== 'nadd' || !recorded) continue;
    const measures = measuresOf(recorded);
    keys.push(...measures.map((m) => `${kind}:${m}`));
    if (workingAtExit) {
      keys.push(`${kind}:kvar_bas`);
      if (measures.includes('arbete_eller_studier')) keys.push(`${kind}:kvar`);
    }
  }
  return keys;
}

/** The tallies per gender of records (tests and small sets; the server counts them in SQL). */
export function tallyFollowUp(records: readonly FollowUpRecord[], today: string): Record<Gender, BeforeAfterTally> {
  const result: Record<Gender, BeforeAfterTally> = { kvinna: emptyTally(), man: emptyTally() };
  for (const r of records) {
    const tally = result[r.gender];
    const key = r.recordKey ?? 0;
    const keys = (tally.keys ??= {});
    tally.n += 1;
    tally.nKey = (tally.nKey ?? 0) + key;
    for (const k of followUpTallyKeys(r, today)) {
      tally.counts[k] = (tally.counts[k] ?? 0) + 1;
      keys[k] = (keys[k] ?? 0) + key;
    }
  }
  return result;
}

/** One row of the report: a count of a tally, or a share of one tally of another. */
export interface FollowUpRowSpec {
  id: string;
  point: 'exit' | FollowUpKind;
  kind: 'count' | 'share';
  count: string;
  of?: string;
}

function pointRows(point: 'exit' | FollowUpKind): FollowUpRowSpec[] {
  const base = point === 'exit' ? 'n' : `${point}:nadd`;
  const rows: FollowUpRowSpec[] =
    point === 'exit'
      ? [{ id: 'exit.antal', point, kind: 'count', count: 'n' }]
      : [
          ...(['ej_aktuell', 'aktuell', 'nadd', 'ej_nadd', 'saknas'] as const).map((s): FollowUpRowSpec => ({
            id: `${point}.${s}`,
            point,
            kind: 'count',
            count: `${point}:${s}`,
          })),
          { id: `${point}.svarsfrekvens`, point, kind: 'share', count: `${point}:nadd`, of: `${point}:aktuell` },
        ];
  for (const m of SITUATION_MEASURES) {
    const count = `${point}:${m}`;
    rows.push({ id: `${point}.${m}`, point, kind: 'count', count });
    rows.push({ id: `${point}.${m}_andel`, point, kind: 'share', count, of: base });
  }
  if (point !== 'exit')
    rows.push(
      { id: `${point}.kvar_bas`, point, kind: 'count', count: `${point}:kvar_bas` },
      { id: `${point}.kvar`, point, kind: 'count', count: `${point}:kvar` },
      { id: `${point}.kvar_andel`, point, kind: 'share', count: `${point}:kvar`, of: `${point}:kvar_bas` },
    );
  return rows;
}

/** Every row of the report in display order. */
export const FOLLOW_UP_ROWS: readonly FollowUpRowSpec[] = (['exit', ...FOLLOW_UP_KINDS] as const).flatMap(pointRows);

const MEASURE_LABELS_SV: Record<SituationMeasure, string> = {
  arbete: 'i förvärvsarbete',
  studier: 'i studier',
  arbete_eller_studier: 'i förvärvsarbete och/eller studier',
  offentlig: 'med offentlig försörjning',
};

/** The Swedish label of a row, for files (the web has its own in i18n). */
export function followUpRowLabelSv(id: string): string {
  const [point, measure] = id.split('.') as [string, string];
  const fixed: Record<string, string> = {
    antal: 'Antal avslutade',
    ej_aktuell: 'Ännu inte aktuella',
    aktuell: 'Aktuella för uppföljning',
    nadd: 'Nådda',
    ej_nadd: 'Ej nådda',
    saknas: 'Uppföljning saknas',
    svarsfrekvens: 'Svarsfrekvens',
    kvar_bas: 'I arbete/studier vid avslut, nådda',
    kvar: 'Varav fortfarande i arbete/studier',
    kvar_andel: 'Andel kvar i arbete/studier',
  };
  if (fixed[measure]) return fixed[measure]!;
  const share = measure.endsWith('_andel');
  const m = measure.replace(/_andel$/, '') as SituationMeasure;
  const among = point === 'exit' ? '' : ' (av nådda)';
  return `${share ? 'Andel' : 'Antal'} ${MEASURE_LABELS_SV[m]}${among}`;
}

/** The report's values of one group: a cell per row id. */
export type FollowUpCells = Record<string, OutcomeCell>;

function cellsFrom(count: Counter): FollowUpCells {
  return Object.fromEntries(
    FOLLOW_UP_ROWS.map((row) => [
      row.id,
      row.kind === 'count' ? count(row.count) : shareCell(count(row.count), count(row.of!)),
    ]),
  );
}

/** The exact cells of one group. */
export function followUpCells(tallies: Record<Gender, BeforeAfterTally>): FollowUpCells {
  return cellsFrom(exactCounter(tallies));
}

/**
 * The protected cells of one group (docs/decisions/0015): every count by the cell key method,
 * every share from protected counts (at most 100 %), and a column whose antal is hidden is hidden
 * whole. Returns why each hidden value is hidden, by `<row id>.<column>`.
 */
export function protectFollowUpCells(
  tallies: Record<Gender, BeforeAfterTally>,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): { cells: FollowUpCells; reasons: Record<string, SuppressionReason> } {
  const exact = followUpCells(tallies);
  const cells = cellsFrom(protectedCounter(tallies, threshold));
  const reasons: Record<string, SuppressionReason> = {};
  const hidden = OUTCOME_COLUMNS.filter((c) => cells['exit.antal']![c] === null);
  for (const row of FOLLOW_UP_ROWS)
    for (const column of OUTCOME_COLUMNS) {
      const cell = cells[row.id]!;
      if (hidden.includes(column)) cell[column] = null;
      if (cell[column] === null && exact[row.id]![column] !== null)
        reasons[`${row.id}.${column}`] = row.kind === 'count' ? 'small_count' : 'computed_from_small_count';
    }
  return { cells, reasons };
}
