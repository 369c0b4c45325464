import { MAX_COUNT_NOISE } from '../disclosure/cell-key';
import type { RespondentGroup, ResponseMode } from './model';

/** The respondent groups in Swedish, for the exports (issue 14 §2; the web has its own texts). */
export const RESPONDENT_GROUP_LABELS_SV: Record<RespondentGroup, string> = {
  participants: 'Deltagare',
  intervention_staff: 'Personal i insatsen',
  ordinary_services: 'Ordinarie verksamhet',
  board: 'Styrelse',
  managers: 'Beredningsgrupp och chefer',
  referrers: 'Remittenter',
  other: 'Annan grupp',
};

export const RESPONSE_MODE_LABELS_SV: Record<ResponseMode, string> = {
  web: 'Länk',
  code: 'Engångskod',
  interview: 'Intervju',
  paper: 'Papper',
};

/**
 * How survey figures are protected, under every table and chart of results (issue 14 §4, decisions
 * 0033 and 0037): answers are anonymous for everyone, so every role sees the protected figures.
 */
export function surveyProtectionNoteSv(threshold: number, maxNoise = MAX_COUNT_NOISE): string {
  return (
    `Röjandeskydd: svaren är anonyma för alla. En grupp eller fråga med färre än ${threshold} svar visas inte alls ` +
    `("för få svar"), och antal 1–${threshold - 1} visas som "<${threshold}". Övriga antal är flyttade slumpmässigt ` +
    `med högst ${maxNoise}, alltid lika för samma svar, så att ingen kan räkna fram en enskild persons svar genom att ` +
    'jämföra urval. Andelar och medelvärden räknas ur de skyddade antalen; därför kan delarna skilja sig något från summan.'
  );
}
