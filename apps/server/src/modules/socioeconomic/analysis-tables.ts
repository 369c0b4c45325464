import {
  ECONOMIC_ACTORS,
  ECONOMIC_ACTOR_LABELS_SV,
  formatShare,
  SUPPORT_LABELS_SV,
  type ActorResult,
  type PaybackStatus,
  type Situation,
  type SocioeconomicResult,
} from '@insikt/core';
import { figure, type Figure, type NumberFormat } from '../../platform/excel';

/**
 * The tables of an analysis, shared by the PDF and the Excel export, so both say the same thing
 * in the same words: figures as numbers with their format (Excel keeps them numbers), which the
 * PDF writes out with `cellText`.
 */
export type AnalysisCell = string | Figure;

export const kronorText = (value: number) => `${value.toLocaleString('sv-SE')} kr`;

const FIGURE_TEXT: Record<NumberFormat, (value: number) => string> = {
  count: (v) => v.toLocaleString('sv-SE'),
  decimal: (v) => v.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  kronor: kronorText,
  percent: formatShare,
  // The discount rate: "3,5 %", and "0 %" rather than "0,0 %".
  percentDecimal: (v) => `${(Math.round(v * 1000) / 10).toLocaleString('sv-SE')} %`,
  percentTwoDecimals: (v) => `${(Math.round(v * 10000) / 100).toLocaleString('sv-SE')} %`,
  months: (v) => `${v.toLocaleString('sv-SE')} mån`,
};

/** A cell as the PDF prints it. */
export const cellText = (cell: AnalysisCell): string =>
  typeof cell === 'string' ? cell : FIGURE_TEXT[cell.format](cell.value);

/** Months to payback as a number, or in words when it is never reached or beyond ten years. */
export function paybackCell(result: Pick<ActorResult, 'paybackMonths' | 'paybackStatus'>): AnalysisCell {
  if (result.paybackStatus === 'reached' && result.paybackMonths !== null)
    return figure(result.paybackMonths, 'months');
  const texts: Record<Exclude<PaybackStatus, 'reached'>, string> = {
    never: 'ingen återbetalning',
    beyond_120: '> 120 mån',
  };
  return result.paybackStatus === 'reached' ? '–' : texts[result.paybackStatus];
}

export const paybackText = (result: Pick<ActorResult, 'paybackMonths' | 'paybackStatus'>): string =>
  cellText(paybackCell(result));

export const ACTOR_TABLE_HEADER = [
  'Aktör',
  'Vinst per år och deltagare',
  'Nettonytta 1 år',
  'Nettonytta 5 år',
  'Återbetalningstid',
  'Andel av kostnaden',
];

/** Per actor: annual gain, net benefit over 1 and 5 years (per participant), payback, cost. */
export function actorRows(result: SocioeconomicResult): { actor: string; cells: AnalysisCell[] }[] {
  return ECONOMIC_ACTORS.map((actor) => {
    const r = result.actors[actor];
    return {
      actor,
      cells: [
        ECONOMIC_ACTOR_LABELS_SV[actor],
        figure(r.perParticipant.annualGain, 'kronor'),
        figure(r.perParticipant.netBenefit1, 'kronor'),
        figure(r.perParticipant.netBenefit5, 'kronor'),
        paybackCell(r),
        figure(r.perParticipant.cost, 'kronor'),
      ],
    };
  });
}

export const SENSITIVITY_HEADER = [
  'Effektens varaktighet',
  'Diskonteringsränta',
  'Nettonytta 5 år per deltagare',
  'Totalt',
];

export function sensitivityRows(result: SocioeconomicResult): AnalysisCell[][] {
  return result.sensitivity.map((s) => [
    figure(s.persistence, 'percent'),
    figure(s.discountRate, 'percentDecimal'),
    figure(s.netBenefit5, 'kronor'),
    figure(s.total, 'kronor'),
  ]);
}

export const GENDER_HEADER = [
  '',
  'Deltagare',
  'Samhällets vinst per år och deltagare',
  'Nettonytta 5 år per deltagare',
  'Återbetalningstid',
];

export function genderRows(byGender: Record<'kvinna' | 'man', SocioeconomicResult>): AnalysisCell[][] {
  return (['kvinna', 'man'] as const).map((gender) => {
    const r = byGender[gender];
    const society = r.actors.samhallet;
    return [
      gender === 'kvinna' ? 'Kvinnor' : 'Män',
      figure(r.participants, 'count'),
      r.participants ? figure(society.perParticipant.annualGain, 'kronor') : '–',
      r.participants ? figure(society.perParticipant.netBenefit5, 'kronor') : '–',
      r.participants ? paybackCell(society) : '–',
    ];
  });
}

/** "Arbete 50 %, a-kassa 25 %": a situation in words. */
export function situationText(x: Situation): string {
  const parts = [
    ...(x.work > 0 ? [`arbete ${formatShare(x.work)}`] : []),
    ...Object.entries(x.support)
      .filter(([, f]) => (f ?? 0) > 0)
      .map(
        ([code, f]) =>
          `${SUPPORT_LABELS_SV[code as keyof typeof SUPPORT_LABELS_SV].toLowerCase()} ${formatShare(f ?? 0)}`,
      ),
  ];
  return parts.length ? parts.join(', ') : 'ingen registrerad försörjning';
}
