import type { LocalizedText, QuestionType } from '../model';
import type { QuestionInput } from './build';
import { type Cell, type RowCells } from './rows-cells';
import { LIST_SEPARATOR, ROW_TYPE_NAMES, TEMPLATE_ROW_COLUMNS as C } from './rows-format';

type OptionInput = { id: string; label: LocalizedText; outsideScale?: boolean; other?: boolean };

const SCALES: readonly QuestionType[] = ['scale', 'matrix'];
/** Which columns belong to which question types; a filled cell of another type's column is refused. */
const ONLY_FOR: Partial<Record<Cell, readonly QuestionType[]>> = {
  options: ['scale', 'single', 'multiple', 'matrix'],
  optionsEn: ['scale', 'single', 'multiple', 'matrix'],
  positive: SCALES,
  outside: SCALES,
  numeric: SCALES,
  other: ['single', 'multiple'],
  maxChoices: ['multiple'],
  min: ['number'],
  max: ['number'],
  integer: ['number'],
  unit: ['number'],
  unitEn: ['number'],
};
/** An option written as "id=text" keeps its id; otherwise it is numbered by position. */
const OPTION_WITH_ID = /^([a-z0-9][a-z0-9_.-]{0,47})\s*=\s*(\S.*)$/s;

const split = (value: string) => value.split(LIST_SEPARATOR).map((part) => part.trim());

const localized = (sv: string, en: string): LocalizedText | undefined =>
  sv ? { sv, ...(en ? { en } : {}) } : undefined;

export function readText(cells: RowCells, sv: Cell, en: Cell, required: boolean): LocalizedText | undefined {
  const text = localized(cells.get(sv), cells.get(en));
  if (!text && cells.get(en)) cells.problem(en, `har ingen svensk text i kolumnen "${C[sv]}".`);
  if (!text && required) cells.problem(sv, 'saknas.');
  return text;
}

function readOptions(cells: RowCells, type: QuestionType): OptionInput[] {
  if (!cells.get('options')) {
    cells.problem(
      'options',
      `saknas: frågetypen ${ROW_TYPE_NAMES[type]} behöver svarsalternativ åtskilda med "${LIST_SEPARATOR}".`,
    );
    return [];
  }
  const options = split(cells.get('options')).map((part, i): OptionInput => {
    const withId = OPTION_WITH_ID.exec(part);
    if (!part) cells.problem('options', `har ett tomt alternativ (nummer ${i + 1}).`);
    return withId ? { id: withId[1]!, label: { sv: withId[2]!.trim() } } : { id: String(i + 1), label: { sv: part } };
  });
  if (options.length < 2) cells.problem('options', 'behöver minst två alternativ.');
  const ids = options.map((o) => o.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) cells.problem('options', `har alternativet "${repeated}" två gånger.`);
  if (cells.get('optionsEn')) {
    const english = split(cells.get('optionsEn'));
    if (english.length !== options.length) {
      cells.problem(
        'optionsEn',
        `har ${english.length} alternativ, men kolumnen "${C.options}" har ${options.length}.`,
      );
    } else options.forEach((o, i) => english[i] && (o.label.en = english[i]));
  }
  return options;
}

/** The options a cell names, by id or by (Swedish) text. */
function referenced(cells: RowCells, cell: Cell, options: OptionInput[]): OptionInput[] {
  if (!cells.get(cell)) return [];
  return split(cells.get(cell)).flatMap((part) => {
    const found = options.find((o) => o.id === part || o.label.sv.toLowerCase() === part.toLowerCase());
    if (!found) cells.problem(cell, `nämner "${part}", som inte är något av frågans alternativ.`);
    return found ? [found] : [];
  });
}

function readScale(cells: RowCells, options: OptionInput[]) {
  referenced(cells, 'outside', options).forEach((o) => (o.outsideScale = true));
  const positive = referenced(cells, 'positive', options);
  for (const o of positive.filter((p) => p.outsideScale)) {
    cells.problem('positive', `nämner "${o.label.sv}", som ligger utanför skalan och inte kan räknas som positivt.`);
  }
  if (options.length >= 2 && options.filter((o) => !o.outsideScale).length < 2) {
    cells.problem('options', 'behöver minst två alternativ som inte ligger utanför skalan.');
  }
  return { options, positive: positive.map((o) => o.id), numeric: cells.yesNo('numeric') };
}

function readNumber(cells: RowCells) {
  const min = cells.number('min');
  const max = cells.number('max');
  if (min !== undefined && max !== undefined && min > max) cells.problem('min', `är större än Max (${max}).`);
  const unit = readText(cells, 'unit', 'unitEn', false);
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    integer: cells.yesNo('integer'),
    ...(unit ? { unit } : {}),
  };
}

function readMaxChoices(cells: RowCells) {
  const n = cells.number('maxChoices');
  if (n !== undefined && (!Number.isInteger(n) || n < 1)) cells.problem('maxChoices', 'ska vara ett heltal från 1.');
  return n !== undefined ? { maxChoices: n } : {};
}

/** The question on a row of a known type; its problems are recorded on `cells`. */
export function readQuestion(cells: RowCells, id: string, type: QuestionType): QuestionInput | undefined {
  for (const [cell, types] of Object.entries(ONLY_FOR) as [Cell, readonly QuestionType[]][]) {
    if (cells.get(cell) && !types.includes(type))
      cells.problem(cell, `hör inte till frågetypen ${ROW_TYPE_NAMES[type]}.`);
  }
  const text = readText(cells, 'text', 'textEn', true);
  const help = readText(cells, 'help', 'helpEn', false);
  if (!text) return undefined;
  const base = { id, text, ...(help ? { help } : {}), required: cells.yesNo('required') };
  const options = ONLY_FOR.options!.includes(type) ? readOptions(cells, type) : [];
  referenced(cells, 'other', options).forEach((o) => (o.other = true));
  switch (type) {
    case 'scale':
      return { ...base, type, scale: readScale(cells, options) };
    case 'matrix':
      return { ...base, type, scale: readScale(cells, options), statements: [] };
    case 'single':
      return { ...base, type, options };
    case 'multiple':
      return { ...base, type, options, ...readMaxChoices(cells) };
    case 'number':
      return { ...base, type, ...readNumber(cells) };
    case 'date':
      return { ...base, type };
    case 'text':
      return { ...base, type };
  }
}
