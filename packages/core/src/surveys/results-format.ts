import { MAX_COUNT_NOISE } from '../disclosure/cell-key';
import { formatShare } from '../outcome/format';
import type { SurveyLanguage } from './model';

const WORDS = {
  sv: { of: 'av', tooFew: 'för få svar', locale: 'sv-SE' },
  en: { of: 'of', tooFew: 'too few answers', locale: 'en-GB' },
} as const;

/** A share as whole per cent rounded half up, as seed 002 prints it ("82 %"; "82%" in English). */
export const formatPercent = (share: number | null, language: SurveyLanguage = 'sv'): string =>
  language === 'sv' ? formatShare(share) : formatShare(share).replace(/\s%$/, '%');

/** A hidden count: it may be anything from 0 to the threshold (docs/decisions/0033). */
export const hiddenCountText = (threshold: number) => `≤${threshold}`;

/**
 * "47 av 57 (82 %)" as seed 002 writes it; "≤5 av 57" for a hidden count; "för få svar" when N
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
  if (count === null) return `${hiddenCountText(threshold)} ${w.of} ${n}`;
  return `${count} ${w.of} ${n} (${formatPercent(n === 0 ? null : Math.min(1, count / n), language)})`;
}

/** The sentence beside every table of survey results in files for the board (the web has it in i18n). */
export const surveyProtectionNoteSv = (threshold: number) =>
  `Röjandeskydd: svaren är anonyma. Antal under ${threshold}, och ibland exakt ${threshold}, visas som ` +
  `"${hiddenCountText(threshold)}", och en grupp eller fråga med så få svar visas inte alls. ` +
  `Övriga antal, andelar och medelvärden är flyttade slumpmässigt med högst ${MAX_COUNT_NOISE}, så att ingen kan ` +
  'räkna fram en enskild persons svar genom att jämföra urval. Därför kan delarna skilja sig något från summan.';

/** A mean with two decimals ("3,29"). */
export const formatMean = (mean: number | null, language: SurveyLanguage = 'sv'): string =>
  mean === null
    ? '–'
    : new Intl.NumberFormat(WORDS[language].locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        mean,
      );
