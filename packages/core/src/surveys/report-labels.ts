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
