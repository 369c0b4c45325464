/** Member kinds of a samordningsförbund: FK, AF, one region and kommuner (Finsam 2003:1210, 5 §). */
export const MEMBER_KINDS = ['fk', 'af', 'region', 'municipality'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** The bodies of an association (glossary.md). */
export const BODY_KINDS = ['board', 'preparatoryGroup', 'office'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Roles a person can have in a body; free-standing from system roles. */
export const BODY_ROLES = [
  'chair',
  'viceChair',
  'member',
  'deputy',
  'director',
  'officer',
  'coordinator',
  'secretary',
] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
}

export interface County {
  code: string;
  name: string;
}

export interface MemberDraft {
  kind: MemberKind;
  name: string;
  municipalityCode: string | null;
}

/**
 * The regions' own names by county code (each region decides its name: "Region Jönköpings län" but
 * "Region Skåne", "Västra Götalandsregionen"); a county not listed gets "Region <county without län>".
 */
const REGION_NAMES: Readonly<Record<string, string>> = {
  '01': 'Region Stockholm',
  '03': 'Region Uppsala',
  '04': 'Region Sörmland',
  '05': 'Region Östergötland',
  '06': 'Region Jönköpings län',
  '07': 'Region Kronoberg',
  '08': 'Region Kalmar län',
  '09': 'Region Gotland',
  '10': 'Region Blekinge',
  '12': 'Region Skåne',
  '13': 'Region Halland',
  '14': 'Västra Götalandsregionen',
  '17': 'Region Värmland',
  '18': 'Region Örebro län',
  '19': 'Region Västmanland',
  '20': 'Region Dalarna',
  '21': 'Region Gävleborg',
  '22': 'Region Västernorrland',
  '23': 'Region Jämtland Härjedalen',
  '24': 'Region Västerbotten',
  '25': 'Region Norrbotten',
};

/** The region of a county as a member is called. */
export function regionName(county: County): string {
  return REGION_NAMES[county.code] ?? `Region ${county.name.replace(/s? län$/, '')}`;
}

/**
 * A kommun as an organisation is called, from SCB's short name: the genitive s after a consonant
 * ("Jönköpings kommun", "Gislaveds kommun") but not after a vowel or s/x ("Värnamo kommun", "Tranås
 * kommun", "Kalix kommun"); Falun is "Falu kommun".
 */
export function kommunName(name: string): string {
  if (name === 'Falun') return 'Falu kommun';
  return /[aeiouyåäöésxz]$/i.test(name) ? `${name} kommun` : `${name}s kommun`;
}

/**
 * The default members of a new association: the two state agencies, the region of the county
 * and each member kommun (Finsam 5 §: all four kinds must take part).
 */
export function defaultMembers(county: County, municipalities: Municipality[]): MemberDraft[] {
  return [
    { kind: 'fk', name: 'Försäkringskassan', municipalityCode: null },
    { kind: 'af', name: 'Arbetsförmedlingen', municipalityCode: null },
    { kind: 'region', name: regionName(county), municipalityCode: null },
    ...[...municipalities]
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((m) => ({ kind: 'municipality' as const, name: kommunName(m.name), municipalityCode: m.code })),
  ];
}

/** Kommuner must lie in the association's county; returns the codes that do not. */
export function municipalitiesOutsideCounty(countyCode: string, municipalities: Municipality[]): string[] {
  return municipalities.filter((m) => m.countyCode !== countyCode).map((m) => m.code);
}
