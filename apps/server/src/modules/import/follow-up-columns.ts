import { FOLLOW_UP_FIELDS, FOLLOW_UP_KINDS, type FollowUpPart } from '@insikt/core';
import type { ImportColumn } from './columns';
import { CODE_LISTS, type RowReader } from './parse-row';

/**
 * The import columns of the follow-ups (docs/contract-extensions.md, decision 0022): the support
 * codes of the contract (`uppfoljning_6m`) and, optional, the date, reached, occupation and hours.
 */
export const FOLLOW_UP_COLUMNS = {
  '6m': {
    support: 'uppfoljning_6m',
    date: 'uppfoljning_6m_datum',
    reached: 'uppfoljning_6m_nadd',
    occupation: 'uppfoljning_6m_sysselsattning',
    workHours: 'uppfoljning_6m_arbete_timmar',
    studyHours: 'uppfoljning_6m_studier_timmar',
  },
  '12m': {
    support: 'uppfoljning_12m',
    date: 'uppfoljning_12m_datum',
    reached: 'uppfoljning_12m_nadd',
    occupation: 'uppfoljning_12m_sysselsattning',
    workHours: 'uppfoljning_12m_arbete_timmar',
    studyHours: 'uppfoljning_12m_studier_timmar',
  },
} as const;

/** The participation field of each follow-up column, for errors named by column. */
export const FOLLOW_UP_FIELD_TO_COLUMN: Record<string, string> = Object.fromEntries(
  FOLLOW_UP_KINDS.flatMap((kind) =>
    (Object.keys(FOLLOW_UP_COLUMNS[kind]) as FollowUpPart[]).map((part) => [
      FOLLOW_UP_FIELDS[kind][part],
      FOLLOW_UP_COLUMNS[kind][part],
    ]),
  ),
);

/**
 * The follow-up fields of one row. A column the file lacks gives no field (undefined), so a file
 * without follow-up columns leaves the follow-ups recorded in Insikt as they are; an empty cell
 * in a column the file has clears it, as every other column does.
 */
export function readFollowUps(r: RowReader, present: (column: ImportColumn) => boolean): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const kind of FOLLOW_UP_KINDS) {
    const c = FOLLOW_UP_COLUMNS[kind];
    const f = FOLLOW_UP_FIELDS[kind];
    if (!Object.values(c).some(present)) continue;
    fields[f.support] = r.text(c.support) === null ? null : r.codes(c.support, CODE_LISTS.support);
    fields[f.date] = r.date(c.date);
    fields[f.reached] = r.yesNo(c.reached);
    fields[f.occupation] = r.text(c.occupation) === null ? null : r.codes(c.occupation, CODE_LISTS.occupations);
    fields[f.workHours] = r.number(c.workHours);
    fields[f.studyHours] = r.number(c.studyHours);
  }
  return fields;
}
