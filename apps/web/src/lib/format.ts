import { i18n } from './i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'sv-SE');

/** "2026-11-24 13:05" in Swedish, the way Swedish public services write times. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}
