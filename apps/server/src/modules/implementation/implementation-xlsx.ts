import { figure, workbookBuffer, type CellValue } from '../../platform/excel';
import type { implementationBoard } from './implementation-board';

type Board = Awaited<ReturnType<typeof implementationBoard>>;

// The file is for the board and goes out as it is: Swedish labels, no person named.
const OUTCOME_SV = {
  full: 'Implementerad helt',
  partial: 'Implementerad delvis',
  not: 'Inte implementerad',
  undecided: 'Inget beslut',
};
const BARRIER_SV: Record<string, string> = {
  no_decision: 'Beslut saknas hos part',
  information_not_delivered: 'Information inte planerad/levererad',
  lack_of_time: 'Tidsbrist',
  other_priorities: 'Prioriterat annat',
  extra_staffing: 'Beroende av extra bemanning',
  one_year_budgets: 'Ettåriga budgetar',
  staff_turnover: 'Personalomsättning',
  national_governance: 'Nationell styrning',
  other: 'Annat',
};
const goalsText = (met: boolean | null) => (met === null ? 'Inte mätt' : met ? 'Ja' : 'Nej');
const orDash = (v: number | null, format: 'percent' | 'months'): CellValue => (v === null ? '–' : figure(v, format));

/** The board view as an Excel workbook: the figures, then one row per ended insats. */
export async function implementationWorkbook(board: Board): Promise<Buffer> {
  const { summary, period } = board;
  const subtitle = `Insatser som avslutades ${period.from}–${period.to}. Antal insatser är inga personuppgifter; målen enligt den skyddade utfallsrapporten.`;
  const months = summary.monthsToDecision;
  return workbookBuffer([
    {
      name: 'Implementering',
      title: 'Framgångsrika insatser implementeras sällan: implementering av avslutade insatser',
      subtitle,
      headers: [[{ text: 'Mått' }, { text: 'Värde' }]],
      rows: [
        { label: 'Avslutade insatser', values: [summary.ended], format: 'count' },
        ...(Object.keys(OUTCOME_SV) as (keyof typeof OUTCOME_SV)[]).map((o) => ({
          label: OUTCOME_SV[o],
          values: [summary.outcomes[o]],
          format: 'count' as const,
        })),
        {
          label: 'Implementeringsgrad (helt eller delvis ÷ kända utfall)',
          values: [orDash(summary.rateOfKnown, 'percent')],
        },
        {
          label: 'Implementeringsgrad (helt eller delvis ÷ alla avslutade)',
          values: [orDash(summary.rateOfEnded, 'percent')],
        },
        { label: 'Månader från slut till första beslut, median', values: [orDash(months?.median ?? null, 'months')] },
        { label: 'Månader, kortast', values: [orDash(months?.min ?? null, 'months')] },
        { label: 'Månader, längst', values: [orDash(months?.max ?? null, 'months')] },
        { label: 'Insatser som nådde sina mål', values: [summary.successful], format: 'count' },
        {
          label: 'Varav inte implementerade',
          values: [summary.successfulNotImplemented.length],
          format: 'count',
        },
        ...summary.barriers.map((b) => ({
          label: `Hinder: ${BARRIER_SV[b.barrier]}`,
          values: [b.count],
          format: 'count' as const,
        })),
      ],
    },
    {
      name: 'Insatser',
      title: 'Avslutade insatser',
      subtitle,
      headers: [
        [{ text: 'Insats' }, { text: 'Slutdatum' }, { text: 'Utfall' }, { text: 'Nådde målen' }, { text: 'Hinder' }],
      ],
      rows: board.interventions.map((i) => ({
        label: i.name,
        values: [
          i.endDate,
          OUTCOME_SV[i.outcome],
          goalsText(i.goalsMet),
          i.barriers.map((b) => BARRIER_SV[b]).join(', '),
        ],
      })),
    },
  ]);
}
