import { findIdentityNumber } from '../identity-number-in-text';

/** What a free text may hold that looks like personal data but is not certainly so: the reporter confirms. */
export const TEXT_WARNING_KINDS = ['phone', 'email', 'client_name'] as const;
export type TextWarningKind = (typeof TEXT_WARNING_KINDS)[number];

export interface TextWarning {
  field: string;
  kind: TextWarningKind;
  /** The text that matched, shown so the reporter sees what to remove. */
  match: string;
}

// A Swedish phone number: 0 or +46, then 7 to 10 more digits in groups set off by spaces or dashes.
const PHONE = /(?<![\d+])(?:\+46|0046|0)[\s-]?\(?\d{1,3}\)?(?:[\s-]?\d){5,8}(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// "min klient Anna", "vår deltagare Kalle", "klienten Sara": a word for a person served, then a name.
const CLIENT_NAME =
  /\b(?:(?:min|mina|vår|våra|hans|hennes|deras|en)\s+)?(?:klient|klienten|deltagare|deltagaren|brukare|brukaren|patient|patienten|kund|kunden|sökande|den sökande|individen|personen|my client|the client|participant)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/gu;

/** Every warning for one text: phone numbers, e-mail addresses, a client named (issue 15 §1). */
export function textWarnings(field: string, text: string): TextWarning[] {
  const out: TextWarning[] = [];
  for (const m of text.matchAll(PHONE)) out.push({ field, kind: 'phone', match: m[0].trim() });
  for (const m of text.matchAll(EMAIL)) out.push({ field, kind: 'email', match: m[0] });
  for (const m of text.matchAll(CLIENT_NAME)) out.push({ field, kind: 'client_name', match: m[0] });
  return out;
}

export interface DeviationTextCheck {
  /** Fields holding a valid personnummer or samordningsnummer: the report is refused. */
  refused: { field: string; message: string }[];
  warnings: TextWarning[];
}

/** The message that says why a text is refused, naming the field (the reporter's language). */
export const deviationIdentityMessage = (label: string, language: 'sv' | 'en' = 'sv') =>
  language === 'en'
    ? `${label} contains a Swedish personal identity number. A deviation is about how collaboration works, not about a person: remove the number and describe what happened without personal data.`
    : `${label} innehåller ett personnummer eller samordningsnummer. En avvikelse handlar om hur samverkan fungerar, inte om en person: ta bort numret och beskriv händelsen utan personuppgifter.`;

/**
 * Checks the free texts of a report (issue 15 §1): a valid identity number refuses the report, other
 * patterns are warnings the reporter may confirm. The labels name each field in the message.
 */
export function checkDeviationTexts(
  texts: readonly { field: string; label: string; text: string }[],
  language: 'sv' | 'en' = 'sv',
): DeviationTextCheck {
  const refused = texts
    .filter((t) => findIdentityNumber(t.text) !== null)
    .map((t) => ({ field: t.field, message: deviationIdentityMessage(t.label, language) }));
  const warnings = texts.flatMap((t) =>
    // An identity number also looks like a phone number: the refusal says it already.
    findIdentityNumber(t.text) !== null ? [] : textWarnings(t.field, t.text),
  );
  return { refused, warnings };
}
