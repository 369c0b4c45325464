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
 * The default members of a new association: the two state agencies, the region of the county
 * and each member kommun (Finsam 5 §: all four kinds must take part).
 */
export function defaultMembers(county: County, municipalities: Municipality[]): MemberDraft[] {
  const regionName = `Region ${county.name.replace(/s? län$/, '')}`;
  return [
    { kind: 'fk', name: 'Försäkringskassan', municipalityCode: null },
    { kind: 'af', name: 'Arbetsförmedlingen', municipalityCode: null },
    { kind: 'region', name: regionName, municipalityCode: null },
    ...[...municipalities]
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((m) => ({ kind: 'municipality' as const, name: `${m.name} kommun`, municipalityCode: m.code })),
  ];
}

/** Kommuner must lie in the association's county; returns the codes that do not. */
export function municipalitiesOutsideCounty(countyCode: string, municipalities: Municipality[]): string[] {
  return municipalities.filter((m) => m.countyCode !== countyCode).map((m) => m.code);
}
