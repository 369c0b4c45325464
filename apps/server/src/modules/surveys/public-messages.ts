import type { SurveyLanguage } from '@insikt/core';
import { AppError, type ErrorCode } from '../../platform/errors';

/**
 * What the anonymous respondent page is told, in the respondent's language (Swedish and English, like
 * the page). Staff screens are Swedish only, as the rest of the product.
 */
const MESSAGES = {
  not_found: {
    status: 404,
    sv: 'Enkäten finns inte. Kontrollera länken eller QR-koden du fick.',
    en: 'The survey does not exist. Check the link or QR code you were given.',
  },
  survey_closed: {
    status: 410,
    sv: 'Enkäten är stängd och tar inte emot fler svar. Tack för ditt intresse!',
    en: 'The survey is closed and takes no more answers. Thank you for your interest!',
  },
  survey_not_open: {
    status: 409,
    sv: 'Enkäten har inte öppnat än.',
    en: 'The survey is not open yet.',
  },
  survey_changed: {
    status: 409,
    sv: 'Enkätens frågor har just ändrats. Ladda om sidan och skicka igen.',
    en: 'The survey’s questions have just changed. Reload the page and send again.',
  },
  code_rejected: {
    status: 403,
    sv: 'Koden stämmer inte. Kontrollera koden du fick och försök igen.',
    en: 'The code is not right. Check the code you were given and try again.',
  },
  code_used: {
    status: 409,
    sv: 'Koden har redan använts. Varje kod kan användas en gång.',
    en: 'The code has already been used. Each code can be used once.',
  },
  rate_limited: {
    status: 429,
    sv: 'Många svarar just nu. Vänta en minut och skicka igen – dina svar finns kvar på sidan.',
    en: 'Many people are answering right now. Wait a minute and send again – your answers are kept on the page.',
  },
} as const satisfies Partial<Record<ErrorCode, { status: number; sv: string; en: string }>>;

/** The thank-you text when the questionnaire has none of its own (the page's heading already says thank you). */
export const defaultThanks = {
  sv: 'Dina svar är sparade utan ditt namn. Du kan stänga sidan nu.',
  en: 'Your answers are saved without your name. You can close the page now.',
} as const;

export type PublicProblem = keyof typeof MESSAGES;

/** The error for the respondent, in their language. */
export const publicError = (problem: PublicProblem, language: SurveyLanguage) =>
  new AppError(MESSAGES[problem].status, problem, MESSAGES[problem][language]);
