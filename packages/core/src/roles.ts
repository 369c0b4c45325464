/** Role codes and their scope, as defined in shared/domain/overview.md ("Who uses it"). */
export const ROLE_CODES = [
  'system_admin',
  'association_admin',
  'intervention_lead',
  'participant_officer',
  'reader',
  'evaluator',
  'national_reader',
] as const;

export type RoleCode = (typeof ROLE_CODES)[number];

/** Roles that hold across all associations; every other role is held within one association. */
export const GLOBAL_ROLES: readonly RoleCode[] = ['system_admin', 'national_reader'];

/** Roles that are further limited to the interventions they are assigned to (overview.md). */
export const INTERVENTION_SCOPED_ROLES: readonly RoleCode[] = ['intervention_lead', 'participant_officer', 'evaluator'];

/** Only these roles may ever read participant personal data (architecture.md, "Access control"). */
export const PERSONAL_DATA_ROLES: readonly RoleCode[] = ['participant_officer', 'association_admin'];

export function isGlobalRole(role: RoleCode): boolean {
  return GLOBAL_ROLES.includes(role);
}

/** One role held by a user: global roles have no association, all others exactly one. */
export interface RoleAssignment {
  role: RoleCode;
  associationId: string | null;
  /** For intervention-scoped roles: the interventions the role covers (empty: none yet). */
  interventionIds?: readonly string[];
}
