import { parsePersonnummer } from './personnummer';

// 10 or 12 digits, the last four optionally set off by '-', '+' or spaces; never part of a longer number.
const CANDIDATE = /(?<!\d)(\d{6}|\d{8})\s*([-+]?)\s*(\d{4})(?!\d)/g;

/**
 * The first valid personnummer or samordningsnummer (date, day+60, check digit) written in a
 * free text, or null. Identity numbers are kept only as keyed hashes (decision 0011), so every
 * free-text field refuses them; an invalid number (a phone number, an order number) is let through.
 */
export function findIdentityNumber(text: string): string | null {
  for (const match of text.matchAll(CANDIDATE)) {
    const [found, head, separator, tail] = match;
    if (parsePersonnummer(`${head}${separator}${tail}`)) return found.trim();
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
