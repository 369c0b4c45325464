import { LOGIC_LEVEL_LABELS_SV, LOGIC_LEVELS, type ProgrammeLogicContent } from '@insikt/core';
import type { DocModel } from '../../platform/document';
import { statusLineSv } from '../yearly-documents/status-line';
import type { IndicatorView } from '../indicators/indicator-fulfilment';
import { fulfilmentBlocks, indicatorTitleSv, resultTextSv } from '../indicators/indicator-text';

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
          ...indicatorsOf(row.id).map((i) => `• ${indicatorTitleSv(i)}: ${logic.year} ${resultTextSv(i, logic.year)}`),
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
      ...fulfilmentBlocks(fulfilment, {
        header: 'Delmål',
        of: (rowId) => subGoalOf.get(rowId) ?? '',
        none: 'Inga indikatorer är kopplade till delmålen.',
      }),
    ],
  };
}
