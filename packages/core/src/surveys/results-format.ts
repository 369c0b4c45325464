import { formatShare } from '../outcome/format';
import type { SurveyLanguage } from './model';

const WORDS = {
  sv: { of: 'av', tooFew: 'för få svar', locale: 'sv-SE' },
  en: { of: 'of', tooFew: 'too few answers', locale: 'en-GB' },
} as const;

/** A share as whole per cent rounded half up, as seed 002 prints it ("82 %"; "82%" in English). */
export const formatPercent = (share: number | null, language: SurveyLanguage = 'sv'): string =>
  language === 'sv' ? formatShare(share) : formatShare(share).replace(/\s%$/, '%');

/**
 * "47 av 57 (82 %)" as seed 002 writes it; "<5 av 57" for a hidden count; "för få svar" when N
 * itself is not shown.
 */
export function formatCountOfN(
  count: number | null,
  n: number | null,
  threshold: number,
  language: SurveyLanguage = 'sv',
): string {
  const w = WORDS[language];
  if (n === null) return w.tooFew;
  if (count === null) return `<${threshold} ${w.of} ${n}`;
  return `${count} ${w.of} ${n} (${formatPercent(n === 0 ? null : count / n, language)})`;
}

/** A mean with two decimals ("3,29"). */
export const formatMean = (mean: number | null, language: SurveyLanguage = 'sv'): string =>
  mean === null
    ? '–'
    : new Intl.NumberFormat(WORDS[language].locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        mean,
      );
