import {
  GRID_COLUMNS,
  GRID_ROWS,
  gridPosition,
  type AssessmentField,
  type GridColumn,
  type GridRow,
} from '@insikt/core';
import type { DocBlock, DocModel } from '../../platform/document';
import { evidenceBlocks } from '../evidence/evidence-document';
import type { EvidenceItemView } from '../evidence/list-evidence';
import type { SelfAssessmentRecord } from './self-assessments.repository';

// The export is a Swedish board document; the web has its own texts in both languages.
const ROW_LABELS: Record<GridRow, string> = {
  participants: 'Deltagare',
  staff: 'Personal',
  organisation: 'Organisation/Myndighet',
  association: 'Samordningsförbund',
};
const COLUMN_LABELS: Record<GridColumn, string> = {
  structure: 'Struktur och förutsättningar',
  process: 'Process och aktiviteter',
  results: 'Resultat och effekter',
};
const RATING_LABELS = ['mycket dåligt', 'dåligt', 'varken bra eller dåligt', 'bra', 'mycket bra'];
const STATUS_LABELS = { planned: 'Planerad', ongoing: 'Pågår', done: 'Klar', cancelled: 'Avbruten' } as const;

const rating = (r: number | null) => (r === null ? 'Ej bedömt' : `${r} – ${RATING_LABELS[r - 1]}`);
const fieldTitle = (f: AssessmentField) => {
  const { row, column } = gridPosition(f.number);
  return `Fält ${f.number}: ${ROW_LABELS[row]} – ${COLUMN_LABELS[column]}`;
};

/** The grid as the sources draw it: per cell the field number, its questions and their ratings. */
function grid(fields: readonly AssessmentField[]): DocBlock {
  const rows = GRID_ROWS.slice(0, fields.length / 3).map((row, r) => [
    ROW_LABELS[row],
    ...GRID_COLUMNS.map((_, c) => {
      const field = fields[r * 3 + c]!;
      const questions = field.questions.map((q) => `${q.text} (${q.rating ?? '–'})`);
      return [`${field.number}`, ...questions].join('\n');
    }),
  ]);
  // The row labels' column fits "Samordningsförbund" in bold on one line (narrower broke the word in the PDF).
  return { kind: 'table', header: ['', ...GRID_COLUMNS.map((c) => COLUMN_LABELS[c])], rows, widths: [1.7, 3, 3, 3] };
}

function fieldBlocks(field: AssessmentField, evidence: readonly EvidenceItemView[]): DocBlock[] {
  const actions = field.questions.flatMap((q) =>
    q.actions.map((a) => [
      a.what,
      a.who,
      a.due ?? '',
      STATUS_LABELS[a.status],
      a.carriedFrom ? `Från ${a.carriedFrom.year}` : '',
    ]),
  );
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 2, text: fieldTitle(field) },
    {
      kind: 'table',
      header: ['Fråga', 'Bedömning', 'Betyg'],
      rows: field.questions.map((q) => [q.text, q.assessment || '–', rating(q.rating)]),
      widths: [2, 6, 1.4],
    },
  ];
  const own = evidenceBlocks(evidence.filter((e) => e.fieldKey === String(field.number)));
  if (actions.length === 0) return [...blocks, ...own];
  return [
    ...blocks,
    ...own,
    { kind: 'heading', level: 3, text: 'Åtgärder' },
    {
      kind: 'table',
      header: ['Åtgärd', 'Ansvarig', 'Klart senast', 'Status', 'Överförd'],
      rows: actions,
      widths: [5, 2, 1.4, 1.2, 1.2],
    },
  ];
}

/** The assessment as one document for Word and PDF: the grid first, then each field in full. */
export function selfAssessmentDocument(
  row: Pick<
    SelfAssessmentRecord,
    | 'kind'
    | 'year'
    | 'edition'
    | 'status'
    | 'approvedAt'
    | 'approvedByName'
    | 'decisionReference'
    | 'interventionName'
    | 'fields'
  >,
  associationName: string,
  evidence: readonly EvidenceItemView[] = [],
): DocModel {
  const model = row.kind === 'twelve' ? 'Tolvfältaren' : 'Niofältsmodellen';
  const scope = row.interventionName ? `${row.interventionName}, ${associationName}` : associationName;
  const status =
    row.status === 'approved'
      ? `Fastställd ${row.approvedAt?.toISOString().slice(0, 10) ?? ''}${row.approvedByName ? ` av ${row.approvedByName}` : ''} (${row.decisionReference ?? ''})`
      : 'Utkast, inte fastställd';
  return {
    title: `Självvärdering ${row.year}: ${model}`,
    subject: `${scope}. Version ${row.edition}. ${status}.`,
    orientation: 'landscape',
    blocks: [
      grid(row.fields),
      {
        kind: 'paragraph',
        note: true,
        text:
          'Siffran efter varje fråga är betyget 1–5 (1 = mycket dåligt, 5 = mycket bra, – = ej bedömt). ' +
          (row.kind === 'nine'
            ? 'Niofältsmodellens frågor är tolvfältarens fält 1–9: Insikts val, källan ger inga egna frågor.'
            : 'Frågorna kommer från tolvfältaren (Norra Västmanlands Samordningsförbund, 2009).'),
      },
      ...row.fields.flatMap((f) => fieldBlocks(f, evidence)),
    ],
  };
}
