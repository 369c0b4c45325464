import {
  NO,
  TEMPLATE_ROW_COLUMNS as C,
  YES,
  type TemplateRow,
  type TemplateRowColumn,
  type TemplateRowProblem,
} from './rows-format';

export type Cell = TemplateRowColumn;

/** One row of a template sheet: its cells by column, and its problems named by row, column and value. */
export class RowCells {
  private readonly cells = new Map<string, string>();

  constructor(
    raw: TemplateRow,
    readonly row: number,
    private readonly problems: TemplateRowProblem[],
  ) {
    for (const [header, value] of Object.entries(raw)) this.cells.set(header.trim(), String(value ?? '').trim());
  }

  get(cell: Cell): string {
    return this.cells.get(C[cell]) ?? '';
  }

  isEmpty(): boolean {
    return [...this.cells.values()].every((value) => value === '');
  }

  /** Records `Rad 7, kolumn "Typ": "skala5" <tail>` (without the value where the cell is empty). */
  problem(cell: Cell, tail: string): undefined {
    const value = this.get(cell);
    const column = C[cell];
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    this.problems.push({
      row: this.row,
      column,
      value,
      message: `Rad ${this.row}, kolumn "${column}": ${shown ? `"${shown}" ` : ''}${tail}`,
    });
    return undefined;
  }

  /** "ja" / "nej" / empty (= no). */
  yesNo(cell: Cell): boolean {
    const value = this.get(cell).toLowerCase();
    if (value === YES) return true;
    if (value !== '' && value !== NO) this.problem(cell, `ska vara "${YES}", "${NO}" eller tom.`);
    return false;
  }

  /** A number with a decimal comma or point, or undefined where the cell is empty. */
  number(cell: Cell): number | undefined {
    const value = this.get(cell);
    if (value === '') return undefined;
    const n = /^-?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
    if (Number.isNaN(n)) this.problem(cell, 'är inget tal.');
    return Number.isNaN(n) ? undefined : n;
  }
}
