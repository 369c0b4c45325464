import { indicatorKind, type OutcomeIndicatorId } from './indicators';

// Values arrive as unrounded fractions; a tiny epsilon makes half-way cases such as 57/200 round
// up despite binary floating point (28.499999… → 29). With denominators below 10^8 no genuine
// value lies that close to a half.
const EPSILON = 1e-9;
const roundHalfUp = (value: number, decimals: number) => Math.round(value * 10 ** decimals + EPSILON) / 10 ** decimals;

const numberSv = (value: number, decimals: number) =>
  new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

/** A share as whole percent rounded half up ("34 %"), "–" when there is no denominator. */
export const formatShare = (value: number | null): string =>
  value === null ? '–' : `${numberSv(roundHalfUp(value * 100, 0), 0)} %`;

/** A displayed value: shares as whole percent, full-time equivalents with one decimal, days whole; "–" for none (§3). */
export function formatOutcomeValue(id: OutcomeIndicatorId, value: number | null): string {
  if (value === null) return '–';
  switch (indicatorKind(id)) {
    case 'share':
      return formatShare(value);
    case 'fte':
      return numberSv(roundHalfUp(value, 1), 1);
    case 'days':
      return numberSv(roundHalfUp(value, 0), 0);
    case 'count':
      return numberSv(value, 0);
  }
}

/** The rounded number behind a displayed value (for spreadsheets, which format it themselves). */
export function roundOutcomeValue(id: OutcomeIndicatorId, value: number | null): number | null {
  if (value === null) return null;
  const kind = indicatorKind(id);
  if (kind === 'share') return roundHalfUp(value * 100, 0) / 100;
  if (kind === 'fte') return roundHalfUp(value, 1);
  if (kind === 'days') return roundHalfUp(value, 0);
  return value;
}
