import { shownValue, type ImportIssue } from './parse-row';

/** "kolumn 17 (Q)": the position as counted and as Excel names it, for a cell without a header. */
export function columnName(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `kolumn ${index + 1} (${letters})`;
}

/**
 * Whether a row's cells line up with the header (decision 0018). In CSV a row must have exactly
 * as many cells as the header: more or fewer means a separator, a quote or a line ending is out
 * of place, and reading on would put values in the wrong columns or merge rows. That includes a
 * row ending in a separator the header lacks: it cannot be told from a shifted row, so it is
 * refused too, with a hint. In both formats a value in a column without a header (or, in XLSX,
 * right of the header) would be read by nothing, so it is refused rather than dropped.
 */
export function columnProblem(
  headers: readonly string[],
  row: number,
  cells: readonly string[],
  { exactCount }: { exactCount: boolean },
): ImportIssue | null {
  if (exactCount && cells.length !== headers.length) {
    const counts = `Raden har ${cells.length} värden men rubrikraden har ${headers.length} kolumner.`;
    if (cells.length < headers.length) {
      const missing = headers[cells.length]!.trim() || columnName(cells.length);
      return {
        row,
        column: missing,
        value: '',
        message: `${counts} Kontrollera avgränsarna och citattecknen på raden och på raden före: en rad får inte delas eller slås ihop med en annan.`,
      };
    }
    const extra = cells.slice(headers.length);
    const onlySeparators = extra.every((c) => c.trim() === '');
    return {
      row,
      column: columnName(headers.length),
      value: shownValue(extra.find((c) => c.trim() !== '') ?? ''),
      message: onlySeparators
        ? `${counts} Raden slutar med fler avgränsare än rubrikraden. Ta bort dem, eller lägg till lika många i rubrikraden.`
        : `${counts} Kontrollera avgränsarna och citattecknen på raden: ett värde som innehåller avgränsaren ska stå inom citattecken.`,
    };
  }
  // An XLSX row is sparse: an empty cell is a hole in the array (undefined to findIndex).
  const orphan = cells.findIndex((c, i) => (c ?? '').trim() !== '' && (headers[i] ?? '').trim() === '');
  if (orphan === -1) return null;
  return {
    row,
    column: columnName(orphan),
    value: shownValue(cells[orphan]!),
    message:
      'Värdet står i en kolumn utan rubrik och skulle inte läsas in. Ge kolumnen en rubrik eller ta bort värdet.',
  };
}
