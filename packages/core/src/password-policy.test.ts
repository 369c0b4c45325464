import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('korrekt häst batteri häftklammer', 'anna@forbund.se')).toEqual([]);
  });
  it('refuses passwords shorter than 12 characters, counting åäö as one character each', () => {
    expect(checkPassword('kort1!', 'a@b.se')).toContain('too_short');
    expect(checkPassword('åäöåäöåäöåä', 'a@b.se')).toContain('too_short');
    expect(checkPassword('åäöåäöåxyzåäö', 'a@b.se')).not.toContain('too_short');
  });
  it('refuses common passwords regardless of case', () => {
    expect(checkPassword('Password1234', 'x@y.se')).toContain('common');
    expect(checkPassword('SOMMARSOMMAR', 'x@y.se')).toContain('common');
  });
  it('refuses passwords containing the e-mail name', () => {
    expect(checkPassword('annasvensson-2026!', 'anna.svensson@forbund.se')).toEqual([]);
    expect(checkPassword('xx-anna.svensson-xx', 'anna.svensson@forbund.se')).toContain('contains_email');
  });
  it('refuses repetitive passwords and overly long ones', () => {
    expect(checkPassword('abababababababab', 'x@y.se')).toContain('repetitive');
    expect(checkPassword('a'.repeat(129) + 'bcdef', 'x@y.se')).toContain('too_long');
  });
});
