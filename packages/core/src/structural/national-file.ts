import type { ReleasedCounts } from './activity-report';
import type { ReleasedIndividualFigures } from './national-release';

/** One row of the national file: an individual insats, or a structural insats in all or one organisation. */
export type NationalFileRow =
  | { kind: 'individual'; insats: string; figures: ReleasedIndividualFigures }
  | { kind: 'structural'; insats: string; organisation: string; activities: number; participants: ReleasedCounts };

/** A cell: text, a count, null for a hidden count ("<5"), or undefined where the column does not apply. */
export type NationalFileCell = string | number | null | undefined;

export interface NationalFileColumn {
  id: string;
  /** Says what the column counts and for which year. */
  header: (year: number) => string;
  /** What is counted, in Swedish (the file's column sheet and the user guide). */
  definition: string;
  /** The core function behind the figure. */
  source: string;
  value: (row: NationalFileRow) => NationalFileCell;
}

const GENDERS = [
  ['women', 'kvinnor'],
  ['men', 'män'],
  ['unknown', 'uppgift saknas'],
  ['total', 'totalt'],
] as const;

/** Four columns of one count: kvinnor, män, uppgift saknas, totalt. */
function byGender(
  id: string,
  header: (year: number) => string,
  definition: string,
  source: string,
  counts: (row: NationalFileRow) => ReleasedCounts | undefined,
): NationalFileColumn[] {
  return GENDERS.map(([gender, label]) => ({
    id: `${id}.${gender}`,
    header: (year) => `${header(year)} – ${label}`,
    definition,
    source,
    value: (row) => counts(row)?.[gender],
  }));
}

const individual = (measure: keyof ReleasedIndividualFigures) => (row: NationalFileRow) =>
  row.kind === 'individual' ? row.figures[measure] : undefined;
const INDIVIDUAL = 'individualYearFigures (core, structural/national-figures.ts)';
const STRUCTURAL = 'structuralYearFigures (core, structural/national-figures.ts)';

/**
 * The columns of the yearly national file in their order (decision 0063). The national form itself
 * is not in the sources: this is Insikt's mapping of issue 17 §5 onto one row per insats (and per
 * member organisation for structural insatser), and the one place to change the order or a header.
 */
export const NATIONAL_FILE_COLUMNS: readonly NationalFileColumn[] = [
  {
    id: 'insats',
    header: () => 'Insats',
    definition: 'Insatsens namn i Insikt.',
    source: '-',
    value: (row) => row.insats,
  },
  {
    id: 'kind',
    header: () => 'Typ av insats',
    definition: 'Individinriktad (deltagare) eller strukturövergripande (aktiviteter).',
    source: '-',
    value: (row) => (row.kind === 'individual' ? 'Individinriktad' : 'Strukturövergripande'),
  },
  {
    id: 'organisation',
    header: () => 'Organisation (strukturövergripande insatser)',
    definition:
      'Medlemsorganisationen vars personal deltog, "Övriga" för andra, eller "Samtliga organisationer" för hela insatsen.',
    source: STRUCTURAL,
    value: (row) => (row.kind === 'structural' ? row.organisation : undefined),
  },
  ...byGender(
    'started',
    (y) => `Påbörjade deltagare ${y}`,
    'Deltaganden (inskrivningar) med startdatum 1 januari–31 december.',
    INDIVIDUAL,
    individual('started'),
  ),
  ...byGender(
    'ongoing',
    (y) => `Pågående deltagare 31 december ${y}`,
    'Deltaganden som pågick under året och inte har avslutats 31 december eller tidigare (avslut 31 december räknas som avslutat).',
    INDIVIDUAL,
    individual('ongoingAtYearEnd'),
  ),
  ...byGender(
    'exited',
    (y) => `Avslutade deltagare ${y}`,
    'Deltaganden med avslutsdatum 1 januari–31 december.',
    INDIVIDUAL,
    individual('exited'),
  ),
  ...byGender(
    'participants',
    (y) => `Deltagare (inskrivningar) under ${y}`,
    'Deltaganden som var inskrivna minst en dag under året.',
    INDIVIDUAL,
    individual('participants'),
  ),
  ...byGender(
    'persons',
    (y) => `Unika personer under ${y}`,
    'Personer bland årets deltaganden: en person med två deltaganden i insatsen räknas en gång, ett anonymt deltagande som en egen person.',
    INDIVIDUAL,
    individual('uniquePersons'),
  ),
  {
    id: 'activities',
    header: (y) => `Aktiviteter ${y} (antal)`,
    definition:
      'Aktiviteter med datum under året; på en organisations rad de aktiviteter där organisationen hade minst en deltagare.',
    source: STRUCTURAL,
    value: (row) => (row.kind === 'structural' ? row.activities : undefined),
  },
  ...byGender(
    'attendance',
    (y) => `Deltagare i aktiviteter ${y}`,
    'Närvarande per aktivitet summerat över årets aktiviteter: en person på tre möten räknas tre gånger.',
    STRUCTURAL,
    (row) => (row.kind === 'structural' ? row.participants : undefined),
  ),
];

/** The national file as a table: the header row (with the year) and one row of cells per row. */
export function nationalFileTable(
  rows: readonly NationalFileRow[],
  year: number,
): { headers: string[]; rows: NationalFileCell[][] } {
  return {
    headers: NATIONAL_FILE_COLUMNS.map((c) => c.header(year)),
    rows: rows.map((row) => NATIONAL_FILE_COLUMNS.map((c) => c.value(row))),
  };
}
