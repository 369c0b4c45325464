import {
  FULFILMENT_LABELS_SV,
  formatIndicatorValue,
  LOGIC_LEVEL_LABELS_SV,
  LOGIC_LEVELS,
  targetTextSv,
  type ProgrammeLogicContent,
} from '@insikt/core';
import type { DocModel } from '../../platform/document';
import { statusLineSv } from '../yearly-documents/status-line';
import type { IndicatorView } from './logic-fulfilment';

interface LogicForExport {
  year: number;
  status: 'draft' | 'approved';
  revision: number;
  approvedAt: Date | null;
  approvedByName: string | null;
  decisionReference: string | null;
  content: ProgrammeLogicContent;
  fulfilment: { years: number[]; indicators: IndicatorView[] };
}

const resultText = (i: IndicatorView, year: number) => {
  const r = i.results.find((x) => x.year === year)!;
  const value = r.status === 'no_data' ? '' : `${formatIndicatorValue(i.valueIndicatorId, r.actual)} – `;
  return `${value}${FULFILMENT_LABELS_SV[r.status]}${r.source ? ` (källa: ${r.source})` : ''}`;
};

/**
 * The programme logic in the layout of seed 002 Tabell 1 (Aktivitet | Delmål | Effekt, a row per
 * level with its headline goals and the shared Effekt), each delmål followed by its indicators'
 * fulfilment in the logic's year, then the fulfilment of every indicator over the years.
 */
export function logicDocument(associationName: string, logic: LogicForExport): DocModel {
  const { content, fulfilment } = logic;
  const indicatorsOf = (rowId: string) => fulfilment.indicators.filter((i) => i.rowId === rowId);
  const rows = LOGIC_LEVELS.flatMap((level) => {
    const { headlineGoals, rows: levelRows } = content.levels[level];
    return [
      [LOGIC_LEVEL_LABELS_SV[level], '', ''],
      ['', headlineGoals.map((g) => `"${g}"`).join('\n'), content.effect],
      ...levelRows.map((row) => [
        row.activity,
        [
          row.subGoal,
          ...indicatorsOf(row.id).map(
            (i) =>
              `• ${i.label} (mål ${targetTextSv(i.valueIndicatorId, i)}): ${logic.year} ${resultText(i, logic.year)}`,
          ),
        ].join('\n'),
        '',
      ]),
    ];
  });
  const subGoalOf = new Map(
    LOGIC_LEVELS.flatMap((l) => content.levels[l].rows.map((r) => [r.id, r.subGoal.split('\n')[0]!] as const)),
  );
  return {
    title: `Mål- och programlogik ${logic.year}`,
    subject: `${associationName} · ${statusLineSv(logic)}`,
    orientation: 'landscape',
    blocks: [
      {
        kind: 'table',
        header: [
          'Aktivitet (styrs av frågor om "vad" och "hur"?)',
          'Delmål',
          'Effekt (styrs av frågan "varför?", svaret är "för att uppnå …")',
        ],
        rows,
        widths: [3, 4, 3],
      },
      { kind: 'heading', level: 2, text: 'Måluppfyllelse per år' },
      fulfilment.indicators.length === 0
        ? { kind: 'paragraph', text: 'Inga indikatorer är kopplade till delmålen.' }
        : {
            kind: 'table',
            header: ['Delmål', 'Indikator', 'Mål', ...fulfilment.years.map(String)],
            rows: fulfilment.indicators.map((i) => [
              subGoalOf.get(i.rowId) ?? '',
              i.label,
              targetTextSv(i.valueIndicatorId, i),
              ...fulfilment.years.map((y) => resultText(i, y)),
            ]),
            widths: [3, 3, 1.5, ...fulfilment.years.map(() => 1.5)],
          },
      {
        kind: 'paragraph',
        note: true,
        text: 'Utfallsrapportens tal gäller hela förbundet per kalenderår och är röjandeskyddade som i styrelsens rapporter: små antal visas inte, och tal kan avvika något från exakta värden. Insatsmålens värden kommer från insatsens måluppfyllelse.',
      },
    ],
  };
}
