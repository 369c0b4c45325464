import { findIdentityNumber, identityNumberMessage } from '../identity-number-in-text';
import { parseSwedishAmount } from './accounts';

/**
 * The allocation model's two import files (issue 16 item 5): the inputs per kommun (kommunkod,
 * försörjningsmått, invånare 16–64) and a model year's förbund list. Both are all or nothing: every
 * problem is listed with the row, the column and the value, in Swedish (decision 0014).
 */

/** One problem in an imported file; `row` is the row a user sees in Excel (the header is row 1). */
export interface TableIssue {
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface TableInputRow {
  row: number;
  cells: string[];
}

/** A kommun's inputs for one year, as stored. */
export interface KommunYearInputRow {
  municipalityCode: string;
  supportMeasure: number;
  inhabitants16to64: number;
}

/** One row of a model year's förbund list; null where the cell was empty. */
export interface ModelForbundRow {
  name: string;
  /** The Insikt förbund the row stands for, by its exact name (null: a förbund not in Insikt). */
  insiktName: string | null;
  municipalityCodes: string[];
  previousAllocation: number | null;
  requested: number | null;
  equity: number | null;
  income: number | null;
}

// Headers compared without case, spaces, dashes and diacritics: "Invånare 16–64" = "invanare 16-64".
const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');

interface Column {
  key: string;
  label: string;
  required: boolean;
}

function locateColumns(headers: readonly string[], columns: readonly Column[], issues: TableIssue[]) {
  const found = new Map<string, number>();
  const normalised = headers.map(normalise);
  for (const c of columns) {
    const at = normalised.findIndex((h) => h === c.key || (c.key === 'invanare1664' && h.startsWith('invanare')));
    if (at >= 0) found.set(c.key, at);
    else if (c.required)
      issues.push({ row: 1, column: c.label, value: '', message: `Kolumnen "${c.label}" saknas i rubrikraden.` });
  }
  return found;
}

/** A kommun code as SCB writes it; Excel drops the leading zero of "0680", so three digits get it back. */
function kommunCode(text: string): string {
  const t = text.trim();
  return /^\d{3}$/.test(t) ? `0${t}` : t;
}

function amountCell(
  cells: readonly string[],
  at: number | undefined,
  row: number,
  label: string,
  issues: TableIssue[],
  options: { required: boolean; integer: boolean; negative?: boolean; max?: number },
): number | null {
  const text = at === undefined ? '' : (cells[at] ?? '').trim();
  if (text === '') {
    if (options.required) issues.push({ row, column: label, value: '', message: `${label} saknas.` });
    return null;
  }
  const value = parseSwedishAmount(text);
  const problem =
    value === null
      ? 'är inget tal'
      : value < 0 && !options.negative
        ? 'får inte vara negativt'
        : options.integer && !Number.isInteger(value)
          ? 'måste vara ett heltal'
          : Math.abs(value) > (options.max ?? 1e13)
            ? 'är orimligt stort'
            : null;
  if (problem) {
    issues.push({ row, column: label, value: text, message: `${label} ${problem}: "${text}".` });
    return null;
  }
  // Kronor are whole kronor: öre in a file are rounded (decision 0053).
  return Math.round(value!);
}

/**
 * More inhabitants 16–64 than Sweden has (about 6.3 million) is a broken cell, not a kommun; it also keeps
 * the figure within the stored integer column, so such a file is refused by row rather than failing.
 */
const MAX_INHABITANTS = 10_000_000;

const KOMMUN_COLUMNS: Column[] = [
  { key: 'kommunkod', label: 'Kommunkod', required: true },
  { key: 'forsorjningsmatt', label: 'Försörjningsmått', required: true },
  { key: 'invanare1664', label: 'Invånare 16–64', required: true },
];

/**
 * The inputs per kommun from a file: one row per kommun code (SCB), the försörjningsmått in kronor
 * and the inhabitants 16–64. An unknown or repeated kommun code is named. Source: finance.md "State
 * allocation model" (inputs per kommun and year come from files the user imports).
 */
export function parseKommunInputTable(
  headers: readonly string[],
  rows: readonly TableInputRow[],
  kommunNames: ReadonlyMap<string, string>,
): { rows: KommunYearInputRow[]; issues: TableIssue[] } {
  const issues: TableIssue[] = [];
  const at = locateColumns(headers, KOMMUN_COLUMNS, issues);
  if (issues.length) return { rows: [], issues };
  const out: KommunYearInputRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const raw = (cells[at.get('kommunkod')!] ?? '').trim();
    const code = kommunCode(raw);
    if (!kommunNames.has(code)) {
      issues.push({
        row,
        column: 'Kommunkod',
        value: raw,
        message: raw === '' ? 'Kommunkoden saknas.' : `Okänd kommunkod "${raw}": ingen kommun i SCB:s lista har den.`,
      });
    } else if (seen.has(code)) {
      issues.push({
        row,
        column: 'Kommunkod',
        value: raw,
        message: `${kommunNames.get(code)} (${code}) finns redan på rad ${seen.get(code)}.`,
      });
    }
    seen.set(code, seen.get(code) ?? row);
    const supportMeasure = amountCell(cells, at.get('forsorjningsmatt'), row, 'Försörjningsmått', issues, {
      required: true,
      integer: false,
    });
    const inhabitants = amountCell(cells, at.get('invanare1664'), row, 'Invånare 16–64', issues, {
      required: true,
      integer: true,
      max: MAX_INHABITANTS,
    });
    if (supportMeasure !== null && inhabitants !== null)
      out.push({ municipalityCode: code, supportMeasure, inhabitants16to64: inhabitants });
  }
  if (rows.length === 0) issues.push({ row: 2, column: 'Kommunkod', value: '', message: 'Filen har inga rader.' });
  return { rows: issues.length ? [] : out, issues };
}

const FORBUND_COLUMNS: Column[] = [
  { key: 'forbund', label: 'Förbund', required: true },
  { key: 'kommunkoder', label: 'Kommunkoder', required: true },
  { key: 'forbundiinsikt', label: 'Förbund i Insikt', required: false },
  { key: 'fjolaretstilldelning', label: 'Fjolårets tilldelning', required: false },
  { key: 'ansokt', label: 'Ansökt', required: false },
  { key: 'egetkapital', label: 'Eget kapital', required: false },
  { key: 'intakter', label: 'Intäkter', required: false },
];

/**
 * A model year's förbund list from a file: the national model covers every förbund in the country,
 * Insikt may hold only some (issue 16 item 5). Kommunkoder are separated by spaces, commas or
 * semicolons; a kommun may belong to one förbund only; "Förbund i Insikt" must name one that exists.
 */
export function parseModelForbundTable(
  headers: readonly string[],
  rows: readonly TableInputRow[],
  kommunNames: ReadonlyMap<string, string>,
  insiktNames: ReadonlySet<string>,
): { rows: ModelForbundRow[]; issues: TableIssue[] } {
  const issues: TableIssue[] = [];
  const at = locateColumns(headers, FORBUND_COLUMNS, issues);
  if (issues.length) return { rows: [], issues };
  const out: ModelForbundRow[] = [];
  const names = new Map<string, number>();
  const owners = new Map<string, { row: number; name: string }>();
  const cell = (cells: readonly string[], key: string) => {
    const i = at.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  for (const { row, cells } of rows) {
    const name = cell(cells, 'forbund');
    if (name === '' || name.length > 200)
      issues.push({
        row,
        column: 'Förbund',
        value: name.slice(0, 60),
        message: name === '' ? 'Förbundets namn saknas.' : 'Namnet är längre än 200 tecken.',
      });
    else if (findIdentityNumber(name))
      // Files are no JSON body, so the server's check of every text field does not see them (decision 0060).
      issues.push({ row, column: 'Förbund', value: '', message: identityNumberMessage('Förbundets namn') });
    else if (names.has(name.toLowerCase()))
      issues.push({
        row,
        column: 'Förbund',
        value: name,
        message: `${name} finns redan på rad ${names.get(name.toLowerCase())}.`,
      });
    names.set(name.toLowerCase(), names.get(name.toLowerCase()) ?? row);
    const insiktName = cell(cells, 'forbundiinsikt');
    if (insiktName !== '' && !insiktNames.has(insiktName))
      issues.push({
        row,
        column: 'Förbund i Insikt',
        value: insiktName,
        message: `Inget förbund i Insikt heter "${insiktName}".`,
      });
    const codes = cell(cells, 'kommunkoder')
      .split(/[\s,;]+/)
      .filter((c) => c !== '');
    if (codes.length === 0)
      issues.push({ row, column: 'Kommunkoder', value: '', message: 'Förbundet måste ha minst en kommun.' });
    const municipalityCodes: string[] = [];
    for (const raw of codes) {
      const code = kommunCode(raw);
      const owner = owners.get(code);
      if (!kommunNames.has(code))
        issues.push({ row, column: 'Kommunkoder', value: raw, message: `Okänd kommunkod "${raw}".` });
      else if (owner)
        issues.push({
          row,
          column: 'Kommunkoder',
          value: raw,
          message: `${kommunNames.get(code)} (${code}) ingår redan i ${owner.name} (rad ${owner.row}).`,
        });
      else {
        owners.set(code, { row, name });
        municipalityCodes.push(code);
      }
    }
    // Equity can be negative (a deficit); the amounts of money cannot.
    const amount = (key: string, label: string) =>
      amountCell(cells, at.get(key), row, label, issues, {
        required: false,
        integer: false,
        negative: key === 'egetkapital',
      });
    out.push({
      name,
      insiktName: insiktName === '' ? null : insiktName,
      municipalityCodes,
      previousAllocation: amount('fjolaretstilldelning', 'Fjolårets tilldelning'),
      requested: amount('ansokt', 'Ansökt'),
      equity: amount('egetkapital', 'Eget kapital'),
      income: amount('intakter', 'Intäkter'),
    });
  }
  if (rows.length === 0) issues.push({ row: 2, column: 'Förbund', value: '', message: 'Filen har inga rader.' });
  return { rows: issues.length ? [] : out, issues };
}
