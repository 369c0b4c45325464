import '../../schemas';
import {
  QUESTION_TYPES,
  questionIdSchema,
  questionnaireSchema,
  type LocalizedText,
  type Questionnaire,
  type QuestionnaireKind,
  type QuestionType,
} from '../model';
import type { QuestionInput } from './build';
import { RowCells } from './rows-cells';
import {
  ROW_TYPE_NAMES,
  STATEMENT_TYPE_NAME,
  TEMPLATE_ROW_COLUMNS as C,
  TEMPLATE_ROW_HEADERS,
  type TemplateRow,
  type TemplateRowProblem,
} from './rows-format';
import { readQuestion, readText } from './rows-question';

/** A section being read, with the Excel row of each question (and of each matrix statement). */
type Section = {
  id: string;
  title?: LocalizedText;
  intro?: LocalizedText;
  questions: QuestionInput[];
  rows: { row: number; statements: number[] }[];
};
type Matrix = Extract<QuestionInput, { type: 'matrix' }>;

const TYPE_BY_NAME = new Map<string, QuestionType>(QUESTION_TYPES.map((type) => [ROW_TYPE_NAMES[type], type]));
const TYPE_LIST = QUESTION_TYPES.map((type) => ROW_TYPE_NAMES[type]).join(', ');
/** Section ids are given by position; a question may not take one. */
const SECTION_ID = /^avsnitt-\d+$/;
/** More problems than this and the sheet is probably not a template at all: stop listing. */
const MAX_PROBLEMS = 200;

export interface RowsMeta {
  title: LocalizedText;
  kind?: QuestionnaireKind;
  intro?: LocalizedText;
  thanks?: LocalizedText;
  /** The Excel row of `rows[0]` (the header is row 1). */
  firstRow?: number;
}

export type RowsResult = { ok: true; questionnaire: Questionnaire } | { ok: false; problems: TemplateRowProblem[] };

/**
 * Reads a template sheet, one question per row (issue 14 §1), all or nothing: the questionnaire,
 * or every problem naming the Excel row, the column and the value in Swedish, e.g.
 * `Rad 7, kolumn "Typ": "skala5" är ingen frågetyp (skala, enval, flerval, tal, datum, fritext, matris).`
 * A new section starts where "Avsnitt" (or its intro) says something new; statement rows follow
 * their matrix and name it in "Påstående-av".
 */
export function questionnaireFromRows(rows: readonly TemplateRow[], meta: RowsMeta): RowsResult {
  const firstRow = meta.firstRow ?? 2;
  const problems: TemplateRowProblem[] = unknownColumns(rows);
  const sections: Section[] = [];
  const matrices = new Map<string, { question: Matrix; row: number; statements: number[] }>();
  const ids = new Map<string, number>();
  rows.forEach((raw, index) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const cells = new RowCells(raw, firstRow + index, problems);
    if (cells.isEmpty()) return;
    const id = readId(cells, ids);
    const matrixId = cells.get('statementOf');
    if (matrixId) {
      const typeName = cells.get('type');
      if (typeName && typeName.toLowerCase() !== STATEMENT_TYPE_NAME) {
        cells.problem('type', `ska vara "${STATEMENT_TYPE_NAME}" eller tom på en påståenderad.`);
      }
      const matrix = matrices.get(matrixId);
      if (!matrix) cells.problem('statementOf', 'är ingen matris på en tidigare rad.');
      const text = readText(cells, 'text', 'textEn', true);
      // A statement row with a problem still belongs to its matrix: no second message that it has none.
      matrix?.statements.push(cells.row);
      if (matrix && id && text) matrix.question.statements.push({ id, text });
      return;
    }
    const section = currentSection(cells, sections);
    const typeName = cells.get('type');
    const type = TYPE_BY_NAME.get(typeName.toLowerCase());
    if (!type) return cells.problem('type', `${typeName ? 'är ingen frågetyp' : 'saknas'} (${TYPE_LIST}).`);
    const question = readQuestion(cells, id ?? '', type);
    if (!question || !id) return;
    const rowsOf = { row: cells.row, statements: [] as number[] };
    section.questions.push(question);
    section.rows.push(rowsOf);
    if (question.type === 'matrix') matrices.set(question.id, { question, ...rowsOf });
  });
  for (const [id, { row, statements }] of matrices) {
    if (statements.length > 0) continue;
    const message = `Rad ${row}, kolumn "${C.type}": matrisen "${id}" har inga påståenden (rader med "${id}" i kolumnen "${C.statementOf}").`;
    problems.push({ row, column: C.type, value: ROW_TYPE_NAMES.matrix, message });
  }
  if (problems.length === 0 && sections.length === 0) {
    problems.push({ row: firstRow, column: C.id, value: '', message: 'Filen har inga frågor.' });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const parsed = questionnaireSchema.safeParse({
    kind: meta.kind ?? 'questionnaire',
    title: meta.title,
    ...(meta.intro ? { intro: meta.intro } : {}),
    ...(meta.thanks ? { thanks: meta.thanks } : {}),
    sections: sections.map(({ rows: _rows, ...section }) => section),
  });
  if (parsed.success) return { ok: true, questionnaire: parsed.data };
  // What the rows' own checks do not see (a text longer than the model allows), named by its row.
  return { ok: false, problems: parsed.error.issues.map((issue) => problemAt(issue.path, issue.message, sections)) };
}

function unknownColumns(rows: readonly TemplateRow[]): TemplateRowProblem[] {
  const known = new Set(TEMPLATE_ROW_HEADERS);
  const headers = new Set(rows.flatMap((row) => Object.keys(row).map((header) => header.trim())));
  return [...headers]
    .filter((header) => !known.has(header))
    .map((header) => ({
      row: 1,
      column: header,
      value: header,
      message: `Rad 1, kolumn "${header}": kolumnen finns inte i mallens format (${TEMPLATE_ROW_HEADERS.join(', ')}).`,
    }));
}

/** The Excel row an issue of the parsed questionnaire points at (sections.s.questions.q.statements.k). */
function problemAt(path: readonly PropertyKey[], message: string, sections: Section[]): TemplateRowProblem {
  const [, s, , q, , k] = path;
  const rows = typeof s === 'number' ? sections[s]?.rows : undefined;
  const question = typeof q === 'number' ? rows?.[q] : rows?.[0];
  const row = (typeof k === 'number' ? question?.statements[k] : question?.row) ?? 1;
  return { row, column: '', value: '', message: `Rad ${row}: ${message}` };
}

function readId(cells: RowCells, ids: Map<string, number>): string | undefined {
  const id = cells.get('id');
  if (!id) return cells.problem('id', 'saknas: varje fråga och varje påstående behöver ett id.');
  if (!questionIdSchema.safeParse(id).success) {
    return cells.problem('id', 'ska vara 1–48 tecken: a–z, 0–9, punkt, bindestreck eller understreck.');
  }
  if (SECTION_ID.test(id)) return cells.problem('id', 'är reserverat för avsnitten (avsnitt-1, avsnitt-2 …).');
  const earlier = ids.get(id);
  if (earlier !== undefined) return cells.problem('id', `används redan på rad ${earlier}.`);
  ids.set(id, cells.row);
  return id;
}

/** The section this row belongs to: a new one where the heading or intro says something new. */
function currentSection(cells: RowCells, sections: Section[]): Section {
  const title = readText(cells, 'section', 'sectionEn', false);
  const intro = readText(cells, 'sectionIntro', 'sectionIntroEn', false);
  const current = sections.at(-1);
  if (current && !(title && title.sv !== current.title?.sv) && !(intro && intro.sv !== current.intro?.sv)) {
    return current;
  }
  const section: Section = {
    id: `avsnitt-${sections.length + 1}`,
    ...(title ? { title } : {}),
    ...(intro ? { intro } : {}),
    questions: [],
    rows: [],
  };
  sections.push(section);
  return section;
}
