/** The columns of the import format (participant-data.md §1–2), by their canonical header. */
export const IMPORT_COLUMNS = [
  'forbund',
  'insats',
  'deltagar_id',
  'personnummer',
  'kon',
  'fodelsear',
  'startdatum',
  'slutdatum',
  'avslutsorsak',
  'utbildning',
  'offentlig_forsorjning_fore',
  'forsorjning_fore',
  'forsorjning_efter',
  'arbete_timmar_fore',
  'arbete_timmar_efter',
  'studier_timmar_fore',
  'studier_timmar_efter',
  'samtycke',
  'samtycke_datum',
  'kommun',
  'arbetshinder',
  'sysselsattning_fore',
  'sysselsattning_efter',
  'uppfoljning_6m',
  'uppfoljning_6m_datum',
  'uppfoljning_6m_nadd',
  'uppfoljning_6m_sysselsattning',
  'uppfoljning_6m_arbete_timmar',
  'uppfoljning_6m_studier_timmar',
  'uppfoljning_12m',
  'uppfoljning_12m_datum',
  'uppfoljning_12m_nadd',
  'uppfoljning_12m_sysselsattning',
  'uppfoljning_12m_arbete_timmar',
  'uppfoljning_12m_studier_timmar',
  'kommentar',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Always needed in the file; `forbund` may instead be given once for the whole file. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['insats', 'startdatum'];

/** Case-insensitive, Swedish letters folded, spaces and dashes as underscores: "Födelseår" → "fodelsear". */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[\s-]+/g, '_');
}

export interface HeaderMap {
  index: Map<ImportColumn, number>;
  unknown: string[];
}

export function mapHeaders(headers: readonly string[]): HeaderMap {
  const index = new Map<ImportColumn, number>();
  const unknown: string[] = [];
  headers.forEach((header, i) => {
    const name = normaliseHeader(header) as ImportColumn;
    if ((IMPORT_COLUMNS as readonly string[]).includes(name) && !index.has(name)) index.set(name, i);
    else if (header.trim() !== '') unknown.push(header);
  });
  return { index, unknown };
}

/**
 * The pseudonym of the template's example row. A row with it is skipped and listed in the result:
 * the template can be filled in below the example and imported as it stands, and no example
 * participant ends up in the figures (decision 0018).
 */
export const EXAMPLE_REFERENCE = 'EXEMPEL';

export const isTemplateExample = (get: (column: ImportColumn) => string) =>
  get('deltagar_id').trim() === EXAMPLE_REFERENCE;
