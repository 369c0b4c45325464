import Personnummer from 'personnummer';
import type { Gender } from './participation';

export interface ParsedPersonnummer {
  /** 12 digits, YYYYMMDDNNNN: the form that is hashed, so 10- and 12-digit input match. */
  normalized: string;
  birthDate: string;
  gender: Gender;
}

/**
 * Validates a personnummer or samordningsnummer (date and check digit) with the `personnummer`
 * package; returns null when invalid. Accepts 10 or 12 digits with `-` or `+` (participant-data.md §1).
 */
export function parsePersonnummer(input: string): ParsedPersonnummer | null {
  const value = input.trim();
  if (!/^(\d{6}|\d{8})[-+]?\d{4}$/.test(value)) return null;
  if (!Personnummer.valid(value, { allowCoordinationNumber: true, allowInterimNumber: false })) return null;
  const parsed = Personnummer.parse(value, { allowCoordinationNumber: true, allowInterimNumber: false });
  const normalized = parsed.format(true).replace(/\D/g, '');
  // A samordningsnummer has 60 added to the day of birth.
  const day = Number(parsed.day) > 60 ? Number(parsed.day) - 60 : Number(parsed.day);
  return {
    normalized,
    birthDate: `${parsed.fullYear}-${parsed.month}-${String(day).padStart(2, '0')}`,
    gender: parsed.isFemale() ? 'kvinna' : 'man',
  };
}
