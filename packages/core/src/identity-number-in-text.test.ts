import { describe, expect, it } from 'vitest';
import { findIdentityNumber, stringsIn } from './identity-number-in-text';

describe('findIdentityNumber', () => {
  it('finds a valid personnummer in 10 or 12 digits, with -, + or spaces, anywhere in a text', () => {
    expect(findIdentityNumber('010101-1237')).toBe('010101-1237');
    expect(findIdentityNumber('Ringde 19121212-1212 i går')).toBe('19121212-1212');
    expect(findIdentityNumber('pnr 1212121212.')).toBe('1212121212');
    expect(findIdentityNumber('född 121212+1212')).toBe('121212+1212');
    expect(findIdentityNumber('199001012385')).toBe('199001012385');
    expect(findIdentityNumber('19900101 2385')).toBe('19900101 2385');
    expect(findIdentityNumber('900101 - 2385')).toBe('900101 - 2385');
  });
  it('finds a samordningsnummer (day + 60)', () => {
    expect(findIdentityNumber('samordningsnr 701063-2391')).toBe('701063-2391');
  });
  it('lets through numbers that are not identity numbers', () => {
    // Wrong check digit, impossible date, an organisation number, a phone number, part of a longer number.
    expect(findIdentityNumber('19121212-1213')).toBeNull();
    expect(findIdentityNumber('901332-1234')).toBeNull();
    expect(findIdentityNumber('Org.nr 222000-1651')).toBeNull();
    expect(findIdentityNumber('Ring 070-123 45 67')).toBeNull();
    expect(findIdentityNumber('ärende 9191212121212')).toBeNull();
    expect(findIdentityNumber('D-1042')).toBeNull();
  });
  it('walks every string of a nested body with its path', () => {
    expect(stringsIn({ a: 'x', b: [{ c: 'y' }], n: 1 })).toEqual([
      ['a', 'x'],
      ['b[0].c', 'y'],
    ]);
  });
});
