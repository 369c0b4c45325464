import { describe, expect, it } from 'vitest';
import { parsePersonnummer } from './personnummer';

describe('parsePersonnummer', () => {
  it('accepts 10 and 12 digits with or without separator and normalises them to 12', () => {
    // Skatteverket's test numbers.
    expect(parsePersonnummer('19121212-1212')).toEqual({
      normalized: '191212121212',
      birthDate: '1912-12-12',
      gender: 'man',
    });
    // '-' means younger than 100 and '+' older: the century follows from the separator.
    expect(parsePersonnummer('121212-1212')?.normalized).toBe('201212121212');
    expect(parsePersonnummer('121212+1212')?.normalized).toBe('191212121212');
    expect(parsePersonnummer('191212121212')?.normalized).toBe('191212121212');
    expect(parsePersonnummer('199001012385')).toEqual({
      normalized: '199001012385',
      birthDate: '1990-01-01',
      gender: 'kvinna',
    });
  });
  it('accepts a samordningsnummer and gives the real day of birth', () => {
    expect(parsePersonnummer('701063-2391')?.birthDate).toBe('1970-10-03');
  });
  it('refuses a wrong check digit, an impossible date and other text', () => {
    expect(parsePersonnummer('19121212-1213')).toBeNull();
    expect(parsePersonnummer('19901332-1234')).toBeNull();
    expect(parsePersonnummer('abc')).toBeNull();
    expect(parsePersonnummer('')).toBeNull();
  });
});
