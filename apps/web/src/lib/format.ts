import { i18n } from './i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'sv-SE');

/** "2026-11-24 13:05" in Swedish, the way Swedish public services write times. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}

/** A day (yyyy-mm-dd) in words: "2 december 2026", read the same in every time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

/** Whole kronor with the locale's digit grouping: "123 000 kr". */
export function formatKronor(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value)} kr`;
}

/** A fraction as whole percent: "24 %". */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value * 100)} %`;
}

/** A number with the locale's decimal comma and up to two decimals: "12,5". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);
}
