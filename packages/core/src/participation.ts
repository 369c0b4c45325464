/** Code lists of the participation record, exactly as in shared/domain/participant-data.md §1. */

export const GENDERS = ['kvinna', 'man'] as const;
export type Gender = (typeof GENDERS)[number];

export const SUPPORT_CODES = [
  'lon',
  'studiemedel',
  'sjukpenning',
  'rehabiliteringspenning',
  'aktivitetsersattning',
  'sjukersattning',
  'aktivitetsstod',
  'etableringsersattning',
  'a_kassa',
  'forsorjningsstod',
  'annan_offentlig',
  'ingen_offentlig',
  'annan',
  'okand',
] as const;
export type SupportCode = (typeof SUPPORT_CODES)[number];

/** "Offentlig försörjning": income from FK, AF, a-kassa or försörjningsstöd (§1). */
export const PUBLIC_SUPPORT_CODES: readonly SupportCode[] = [
  'sjukpenning',
  'rehabiliteringspenning',
  'aktivitetsersattning',
  'sjukersattning',
  'aktivitetsstod',
  'etableringsersattning',
  'a_kassa',
  'forsorjningsstod',
  'annan_offentlig',
];

export const EXIT_REASONS = [
  'arbete',
  'studier',
  'annan_insats',
  'ohalsa',
  'flyttat',
  'avbrott',
  'ej_aktuell',
  'annan',
  'felregistrering',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const EDUCATION_LEVELS = [
  'forgymnasial',
  'gymnasial',
  'eftergymnasial_kort',
  'eftergymnasial_lang',
  'okand',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const PUBLIC_SUPPORT_DURATIONS = ['ingen', 'under_1_ar', '1_3_ar', 'over_3_ar', 'okand'] as const;
export type PublicSupportDuration = (typeof PUBLIC_SUPPORT_DURATIONS)[number];

export const OCCUPATIONS = ['arbete', 'studier', 'arbetssokande', 'sjukskriven', 'annan'] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

/** Hours per week that make one full-time equivalent (SUS: "40 tim/vecka"). */
export const FULL_TIME_HOURS = 40;

export const SUPPORT_LABELS_SV: Record<SupportCode, string> = {
  lon: 'Lön (även subventionerad)',
  studiemedel: 'Studiemedel',
  sjukpenning: 'Sjukpenning',
  rehabiliteringspenning: 'Rehabiliteringspenning',
  aktivitetsersattning: 'Aktivitetsersättning',
  sjukersattning: 'Sjukersättning',
  aktivitetsstod: 'Aktivitetsstöd',
  etableringsersattning: 'Etableringsersättning',
  a_kassa: 'A-kassa',
  forsorjningsstod: 'Försörjningsstöd',
  annan_offentlig: 'Annan offentlig försörjning',
  ingen_offentlig: 'Ingen offentlig försörjning',
  annan: 'Annan',
  okand: 'Okänd',
};

export const EXIT_REASON_LABELS_SV: Record<ExitReason, string> = {
  arbete: 'Arbete',
  studier: 'Studier',
  annan_insats: 'Annan insats',
  ohalsa: 'Ohälsa',
  flyttat: 'Flyttat',
  avbrott: 'Avbrott',
  ej_aktuell: 'Inte längre i målgruppen',
  annan: 'Annan orsak',
  felregistrering: 'Felregistrering',
};

export const EDUCATION_LABELS_SV: Record<EducationLevel, string> = {
  forgymnasial: 'Förgymnasial (grundskola eller kortare)',
  gymnasial: 'Gymnasial',
  eftergymnasial_kort: 'Eftergymnasial, kortare än 3 år',
  eftergymnasial_lang: 'Eftergymnasial, 3 år eller längre',
  okand: 'Okänd',
};

export const PUBLIC_SUPPORT_DURATION_LABELS_SV: Record<PublicSupportDuration, string> = {
  ingen: 'Ingen',
  under_1_ar: 'Kortare än 1 år',
  '1_3_ar': '1–3 år',
  over_3_ar: 'Mer än 3 år',
  okand: 'Okänd',
};

export const OCCUPATION_LABELS_SV: Record<Occupation, string> = {
  arbete: 'Arbete',
  studier: 'Studier',
  arbetssokande: 'Arbetssökande',
  sjukskriven: 'Sjukskriven',
  annan: 'Annan',
};

/** Whole years between a birth date and a date (ISO strings), as a person counts their age. */
export function ageAt(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Age at start: from the birth date when known, else start year − birth year (§3, andel_under_30_vid_start). */
export function ageAtStart(startDate: string, birthYear: number, birthDate: string | null): number {
  return birthDate ? ageAt(birthDate, startDate) : Number(startDate.slice(0, 4)) - birthYear;
}

/** Days between two ISO dates, independent of time zones and daylight saving. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
