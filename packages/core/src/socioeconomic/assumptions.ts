import { formatShare } from '../outcome/format';
import type { FundingShares, SocioeconomicInput } from './calculate';
import { ECONOMIC_ACTOR_LABELS_SV, type CostActor } from './price-list';

const kr = (value: number) => `${Math.round(value).toLocaleString('sv-SE')} kr`;
const percent = (value: number) => `${(Math.round(value * 10000) / 100).toLocaleString('sv-SE')} %`;

export function fundingText(shares: FundingShares): string {
  return Object.entries(shares)
    .filter(([, share]) => (share ?? 0) > 0)
    .map(([actor, share]) => `${ECONOMIC_ACTOR_LABELS_SV[actor as CostActor]} ${formatShare(share ?? 0)}`)
    .join(', ');
}

/**
 * The assumptions of an analysis in plain Swedish, for the result page and the board PDF
 * (issue: "the assumptions in plain Swedish"), and what the model does not capture.
 */
export function assumptionsSv(
  input: SocioeconomicInput,
  context: { priceList: string; isExample: boolean; costSource: string; participants: number },
): string[] {
  const { priceList: p } = input;
  return [
    `Beräkningen jämför deltagarnas ekonomiska situation året före insatsen med året efter, för ${context.participants.toLocaleString('sv-SE')} deltagare.`,
    `Prislista: ${context.priceList}.${context.isExample ? ' Värdena är exempel och ska kontrolleras innan resultatet används.' : ''}`,
    `En heltidslön antas vara ${kr(p.wage)} om året, med arbetsgivaravgifter på ${percent(p.employerContribution)}. Kommunalskatten är ${percent(p.taxMunicipality)} och regionskatten ${percent(p.taxRegion)}.`,
    `Arbete räknas som andel av heltid (timmar per vecka ÷ 40). De försörjningar som registrerats delar lika på resten av året.`,
    `Insatsens kostnad är ${kr(input.costPerParticipant)} per deltagare (${context.costSource}), fördelad på ${fundingText(input.fundingShares) || 'ingen finansiär'}.`,
    input.persistence === 1
      ? 'Effekten antas hålla i sig alla fem åren.'
      : `Effekten antas minska till ${formatShare(input.persistence)} av föregående års effekt varje år.`,
    input.discountRate === 0
      ? 'Framtida belopp diskonteras inte.'
      : `Framtida belopp diskonteras med ${percent(input.discountRate)} om året.`,
    'Beräkningen fångar inte livskvalitet, hälsa, familjens situation eller effekter som inte syns i försörjningen. Den visar vad insatsen kan vara värd i pengar – inte allt den är värd.',
  ];
}
