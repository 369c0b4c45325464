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

/**
 * The tables of an analysis as text, shared by the PDF and the Excel export, so both say the
 * same thing in the same words.
 */
export const kronorText = (value: number) => `${value.toLocaleString('sv-SE')} kr`;

export function paybackText(result: Pick<ActorResult, 'paybackMonths' | 'paybackStatus'>): string {
  const texts: Record<PaybackStatus, string> = {
    reached: `${result.paybackMonths} mån`,
    never: 'ingen återbetalning',
    beyond_120: '> 120 mån',
  };
  return texts[result.paybackStatus];
}

export const ACTOR_TABLE_HEADER = [
  'Aktör',
  'Vinst per år och deltagare',
  'Nettonytta 1 år',
  'Nettonytta 5 år',
  'Återbetalningstid',
  'Andel av kostnaden',
];

/** Per actor: annual gain, net benefit over 1 and 5 years (per participant), payback, cost. */
export function actorRows(result: SocioeconomicResult): { actor: string; cells: (string | number)[] }[] {
  return ECONOMIC_ACTORS.map((actor) => {
    const r = result.actors[actor];
    return {
      actor,
      cells: [
        ECONOMIC_ACTOR_LABELS_SV[actor],
        r.perParticipant.annualGain,
        r.perParticipant.netBenefit1,
        r.perParticipant.netBenefit5,
        paybackText(r),
        r.perParticipant.cost,
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

export function sensitivityRows(result: SocioeconomicResult): string[][] {
  return result.sensitivity.map((s) => [
    formatShare(s.persistence),
    `${(s.discountRate * 100).toLocaleString('sv-SE')} %`,
    kronorText(s.netBenefit5),
    kronorText(s.total),
  ]);
}

export const GENDER_HEADER = [
  '',
  'Deltagare',
  'Samhällets vinst per år och deltagare',
  'Nettonytta 5 år per deltagare',
  'Återbetalningstid',
];

export function genderRows(byGender: Record<'kvinna' | 'man', SocioeconomicResult>): string[][] {
  return (['kvinna', 'man'] as const).map((gender) => {
    const r = byGender[gender];
    return [
      gender === 'kvinna' ? 'Kvinnor' : 'Män',
      r.participants.toLocaleString('sv-SE'),
      r.participants ? kronorText(r.actors.samhallet.perParticipant.annualGain) : '–',
      r.participants ? kronorText(r.actors.samhallet.perParticipant.netBenefit5) : '–',
      r.participants ? paybackText(r.actors.samhallet) : '–',
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
