/**
 * Password rules following NIST SP 800-63B: length over composition, a blocklist of common
 * passwords, and nothing derived from the account itself. Returns rule codes, never throws,
 * so the same check runs in the browser form, the API and the CLI.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRule = 'too_short' | 'too_long' | 'common' | 'contains_email' | 'repetitive';

// The most used passwords in public breach lists, plus Swedish favourites; lowercased.
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  'qwertyuiopas',
  'password1234',
  'passwordpassword',
  'losenord1234',
  'lösenord1234',
  'sommar2024!!',
  'sommarsommar',
  'varvarvarvar',
  'välkommen123',
  'valkommen123',
  'insiktinsikt',
  'administrator',
  'adminadmin12',
  'qwerty123456',
  'iloveyou1234',
  '111111111111',
  'abc123abc123',
  'letmeinletmein',
]);

export function checkPassword(password: string, email?: string): PasswordRule[] {
  const problems: PasswordRule[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) problems.push('common');
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 3 && lower.includes(localPart)) problems.push('contains_email');
  if (new Set(lower).size <= 3) problems.push('repetitive');
  return problems;
}

export const PASSWORD_RULE_MESSAGES_SV: Record<PasswordRule, string> = {
  too_short: `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`,
  too_long: `Lösenordet får ha högst ${PASSWORD_MAX_LENGTH} tecken.`,
  common: 'Lösenordet är för vanligt. Välj ett annat.',
  contains_email: 'Lösenordet får inte innehålla din e-postadress.',
  repetitive: 'Lösenordet har för få olika tecken.',
};
