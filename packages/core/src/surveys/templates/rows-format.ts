import type { QuestionType } from '../model';

/**
 * The Excel format of a template: ONE QUESTION PER ROW (the owners' format for NNS's indicator
 * questionnaires). A matrix is a row of type "matris" followed by one row per statement that names
 * its matrix in "Påstående-av". Options are separated by "|", each optionally "id=text" so a
 * downloaded template comes back with the same ids (answers stay comparable).
 */
export const TEMPLATE_ROW_COLUMNS = {
  section: 'Avsnitt',
  sectionEn: 'Avsnitt (engelska)',
  sectionIntro: 'Avsnittets inledning',
  sectionIntroEn: 'Avsnittets inledning (engelska)',
  id: 'Id',
  type: 'Typ',
  text: 'Fråga',
  textEn: 'Fråga (engelska)',
  help: 'Hjälptext',
  helpEn: 'Hjälptext (engelska)',
  options: 'Alternativ',
  optionsEn: 'Alternativ (engelska)',
  positive: 'Positiva',
  outside: 'Utanför skalan',
  other: 'Annat-alternativ',
  numeric: 'Numerisk skala',
  required: 'Obligatorisk',
  statementOf: 'Påstående-av',
  min: 'Min',
  max: 'Max',
  integer: 'Heltal',
  unit: 'Enhet',
  unitEn: 'Enhet (engelska)',
  maxChoices: 'Högst antal val',
} as const;
export type TemplateRowColumn = keyof typeof TEMPLATE_ROW_COLUMNS;

/** The header row, in order. */
export const TEMPLATE_ROW_HEADERS: readonly string[] = Object.values(TEMPLATE_ROW_COLUMNS);

/** The Swedish type names of the "Typ" column. */
export const ROW_TYPE_NAMES: Record<QuestionType, string> = {
  scale: 'skala',
  single: 'enval',
  multiple: 'flerval',
  number: 'tal',
  date: 'datum',
  text: 'fritext',
  matrix: 'matris',
};
/** The "Typ" of a statement row (it may also be left empty). */
export const STATEMENT_TYPE_NAME = 'påstående';

export const LIST_SEPARATOR = '|';
export const YES = 'ja';
export const NO = 'nej';

/** A row of the sheet: header → cell text, as the server reads it from the .xlsx. */
export type TemplateRow = Record<string, string>;

/** A problem in the sheet, naming the Excel row (the header is row 1), the column and the value. */
export interface TemplateRowProblem {
  row: number;
  column: string;
  value: string;
  /** The whole sentence: `Rad 7, kolumn "Typ": "skala5" är ingen frågetyp (…)`. */
  message: string;
}
