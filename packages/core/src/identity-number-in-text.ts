import { parsePersonnummer } from './personnummer';

// Digits as typed on any keyboard: full-width digits (an East Asian input method) are digits too.
// Regex literals (not strings) so these characters are not among the texts a PDF can print.
const DIGIT = /[0-9\uFF10-\uFF19]/.source;
// A phone or word processor turns '-' into a hyphen, en dash or minus sign: each still sets the number off.
const DASH = /[-+\u2010-\u2015\u2212\uFE63\uFF0B\uFF0D]/.source;
// 10 or 12 digits, the last four optionally set off by a dash, '+' or spaces; never part of a longer number.
const CANDIDATE = new RegExp(`(?<!${DIGIT})(${DIGIT}{6}|${DIGIT}{8})\\s*(${DASH}?)\\s*(${DIGIT}{4})(?!${DIGIT})`, 'g');

// The date written with its parts set off by the same space or dash ("1912-12-12-1212", "12 12 12-1212"),
// the last four right after a dash or '+'. Not when another dash and digit follow: that is a date range.
const SPLIT_DATE = new RegExp(
  `(?<!${DIGIT})((?:${DIGIT}{2})?${DIGIT}{2})([ ]|${DASH})(${DIGIT}{2})\\2(${DIGIT}{2})(${DASH})(${DIGIT}{4})(?!${DIGIT})(?!\\s*${DASH}\\s*${DIGIT})`,
  'g',
);
// Invisible characters a word processor or a hostile hand puts inside a number: soft hyphen,
// zero-width space and joiners, word joiner, byte order mark. They hide nothing from a reader.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The ASCII form parsePersonnummer reads: full-width digits as digits, every dash as '-', '+' as '+'. */
const asciiDigits = (text: string) => text.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
const asciiSeparator = (separator: string) => (separator === '' ? '' : /^[+\uFF0B]$/.test(separator) ? '+' : '-');

/**
 * The first valid personnummer or samordningsnummer (date, day+60, check digit) written in a
 * free text, or null. Identity numbers are kept only as keyed hashes (decision 0011), so every
 * free-text field refuses them; an invalid number (a phone number, an order number) is let through.
 */
export function findIdentityNumber(text: string): string | null {
  const visible = text.replace(INVISIBLE, '');
  for (const match of visible.matchAll(CANDIDATE)) {
    const [found, head, separator, tail] = match;
    if (parsePersonnummer(`${asciiDigits(head!)}${asciiSeparator(separator!)}${asciiDigits(tail!)}`))
      return found.trim();
  }
  for (const match of visible.matchAll(SPLIT_DATE)) {
    const [found, year, , month, day, separator, tail] = match;
    if (parsePersonnummer(`${asciiDigits(year! + month! + day!)}${asciiSeparator(separator!)}${asciiDigits(tail!)}`))
      return found;
  }
  return null;
}

/** The Swedish refusal for a free-text field holding an identity number, naming the field. */
export function identityNumberMessage(fieldLabel: string): string {
  return `${fieldLabel} innehåller ett personnummer eller samordningsnummer. Skriv inte personnummer i fritext; använd fältet för personnummer, där det bara sparas som en nycklad hash.`;
}

/** Every (path, text) pair of the strings in a value, for checking whole request bodies. */
export function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}
