import { INTERVENTION_SCOPED_ROLES, isGlobalRole, ROLE_CODES, type RoleAssignment, type RoleCode } from './roles';

/**
 * Every permission the product checks. One table decides which roles hold it, so the server's
 * access control and the web's menus never disagree (overview.md, "Who uses it").
 */
export const PERMISSIONS = [
  'association.create',
  'association.read',
  'association.people',
  'association.update',
  'user.manage',
  'audit.read',
  'intervention.catalogue',
  'intervention.read',
  'intervention.create',
  'intervention.update',
  'participant.read',
  'participant.write',
  'report.read',
  'socioeconomic.calculate',
  'price_list.read',
  'price_list.manage',
  'socioeconomic.analyse',
  'socioeconomic.read',
  'evaluation.read',
  'evaluation.draft',
  'evaluation.write',
  'evaluation.approve',
  'survey.read',
  'survey.write',
  'survey.distribute',
  'outbox.manage',
  'deviation.report',
  'deviation.read',
  'deviation.handle',
  'deviation.statistics',
  'deviation.published',
  'finance.read',
  'finance.manage',
  'finance.compare',
  'allocation.read',
  'allocation.simulate',
  'allocation.manage',
  'structural.read',
  'structural.write',
  'national_figures.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// Permissions every role holds (reading what concerns the förbund, aggregated, without personal data).
const EVERY_ROLE: readonly RoleCode[] = ROLE_CODES;
// The national reader is for cross-förbund aggregates: nothing of a förbund's own that names people
// (staff, board members, e-mail addresses) nor its budgets and goals (issue 11 §2, decision 0016).
const WITHIN_ASSOCIATION: readonly RoleCode[] = ROLE_CODES.filter((r) => r !== 'national_reader');

const GRANTS: Record<Permission, readonly RoleCode[]> = {
  'association.create': ['system_admin'],
  // Every role of an association may see who the association is, its members and bodies.
  'association.read': EVERY_ROLE,
  // The people of its bodies (names, e-mail addresses).
  'association.people': WITHIN_ASSOCIATION,
  'association.update': ['system_admin', 'association_admin'],
  'user.manage': ['system_admin', 'association_admin'],
  'audit.read': ['system_admin', 'association_admin'],
  // Name, kind, period and förbund of each insats: a catalogue that names no one.
  'intervention.catalogue': EVERY_ROLE,
  // The whole insats page: staff with e-mail addresses, budgets, goals.
  'intervention.read': WITHIN_ASSOCIATION,
  'intervention.create': ['association_admin'],
  'intervention.update': ['association_admin', 'intervention_lead'],
  // Personal data: only these two roles, ever (architecture.md, "Access control and personal data").
  'participant.read': ['association_admin', 'participant_officer'],
  'participant.write': ['association_admin', 'participant_officer'],
  'report.read': EVERY_ROLE,
  // A calculation on given figures reveals nothing about anyone: every role may run one.
  'socioeconomic.calculate': EVERY_ROLE,
  'price_list.read': EVERY_ROLE,
  // The förbund's own lists; the national default is the system administrator's.
  'price_list.manage': ['system_admin', 'association_admin'],
  // Runs on the insats's registered participants (as groups); the evaluator's daily work.
  'socioeconomic.analyse': ['association_admin', 'intervention_lead', 'evaluator'],
  'socioeconomic.read': EVERY_ROLE,
  // Evaluation documents (issue 13 §8): every role reads the fastställda ones; drafts and changes stay
  // with those who write them. Insats-level documents are checked per insats with canOnEvaluation.
  'evaluation.read': EVERY_ROLE,
  'evaluation.draft': ['association_admin', 'intervention_lead', 'evaluator'],
  'evaluation.write': ['association_admin', 'intervention_lead', 'evaluator'],
  // An external evaluator writes the material but does not fastställa it: that is the förbund's (or,
  // for an insats's niofält, its insatsansvarig's) decision.
  'evaluation.approve': ['association_admin', 'intervention_lead'],
  // Survey results are anonymous and protected for every role, so every role of the förbund may
  // read them; utvärderare build surveys and enter interview answers, but only the förbund and the
  // insatsansvarig send them out (issue 14 §6).
  'survey.read': WITHIN_ASSOCIATION,
  'survey.write': ['association_admin', 'intervention_lead', 'evaluator'],
  'survey.distribute': ['association_admin', 'intervention_lead'],
  // The förbund's outgoing e-mail (recipients, status, errors): those who run the förbund's accounts.
  'outbox.manage': ['system_admin', 'association_admin'],
  // Deviations (issue 15 §6): every user of a förbund may report one; the förbund (its administrator)
  // handles cases and reads the reporter's contact details; an insatsansvarig reads the cases about
  // own insatser; läsare and utvärderare (assigned insatser) read the statistics; published cases are
  // for every user of the förbund.
  'deviation.report': WITHIN_ASSOCIATION,
  'deviation.read': ['association_admin', 'intervention_lead'],
  'deviation.handle': ['association_admin'],
  'deviation.statistics': ['association_admin', 'intervention_lead', 'reader', 'evaluator'],
  'deviation.published': WITHIN_ASSOCIATION,
  // The förbund's own economy (issue 16 §8): the administrator keeps it, läsare (the board) read it.
  'finance.read': ['system_admin', 'association_admin', 'reader'],
  'finance.manage': ['association_admin'],
  // Key figures side by side: a förbund's own roles for their county, the national reader for the country.
  'finance.compare': ['system_admin', 'national_reader', 'association_admin', 'reader'],
  // The state allocation model and the guideline are national, public figures; the system administrator
  // keeps them, a förbund administrator simulates (a merger) on a copy.
  'allocation.read': EVERY_ROLE,
  'allocation.simulate': ['system_admin', 'association_admin'],
  'allocation.manage': ['system_admin'],
  // Activities of structural insatser (issue 17 §1): the förbund and the insatsansvarig (own insatser)
  // record them; läsare and utvärderare (assigned insatser) read them and the activity report.
  'structural.read': ['association_admin', 'intervention_lead', 'reader', 'evaluator'],
  'structural.write': ['association_admin', 'intervention_lead'],
  // The yearly national figures per insats (issue 17 §5, decision 0063): the förbund reports them, its
  // administrator exactly (personal-data access to every participation); läsare (the board) read them
  // protected. Insats-bound roles and the national reader get per-insats counts through other reports.
  'national_figures.read': ['association_admin', 'reader'],
};

/** The associations in which `roles` hold `permission`: every one, or a list of ids. */
export type AssociationScope = { kind: 'all' } | { kind: 'some'; ids: string[] };

export function scopeFor(roles: readonly RoleAssignment[], permission: Permission): AssociationScope {
  const granted = roles.filter((r) => GRANTS[permission].includes(r.role));
  if (granted.some((r) => isGlobalRole(r.role))) return { kind: 'all' };
  const ids = [...new Set(granted.map((r) => r.associationId).filter((id): id is string => id !== null))];
  return { kind: 'some', ids };
}

/** Whether `roles` hold `permission` in `associationId` (or anywhere, when it is undefined). */
export function can(roles: readonly RoleAssignment[], permission: Permission, associationId?: string | null): boolean {
  const scope = scopeFor(roles, permission);
  if (scope.kind === 'all') return true;
  if (associationId === undefined) return scope.ids.length > 0;
  return associationId !== null && scope.ids.includes(associationId);
}

/**
 * Which roles an administrator may hand out: a system administrator any role anywhere, an
 * association administrator only association roles within an association they administer.
 */
export function canGrantRole(grantor: readonly RoleAssignment[], grant: RoleAssignment): boolean {
  if (grantor.some((r) => r.role === 'system_admin')) return true;
  if (isGlobalRole(grant.role) || grant.associationId === null) return false;
  return grantor.some((r) => r.role === 'association_admin' && r.associationId === grant.associationId);
}

/** A role assignment is well-formed when global roles have no association and the rest have one. */
export function isValidAssignment(a: RoleAssignment): boolean {
  return isGlobalRole(a.role) ? a.associationId === null : a.associationId !== null;
}

/** The interventions in one association where `roles` hold `permission`. */
export type InterventionScope = { kind: 'all' } | { kind: 'some'; ids: string[] };

/**
 * Intervention-level scope: intervention-scoped roles (insatsansvarig, deltagaransvarig,
 * utvärderare) reach only the interventions they are assigned to; every other role holding the
 * permission reaches all interventions of the association (overview.md, "Who uses it").
 */
export function interventionScope(
  roles: readonly RoleAssignment[],
  permission: Permission,
  associationId: string,
): InterventionScope {
  const granted = roles.filter(
    (r) => GRANTS[permission].includes(r.role) && (isGlobalRole(r.role) || r.associationId === associationId),
  );
  if (granted.some((r) => !INTERVENTION_SCOPED_ROLES.includes(r.role))) return { kind: 'all' };
  return { kind: 'some', ids: [...new Set(granted.flatMap((r) => r.interventionIds ?? []))] };
}

export function canInIntervention(
  roles: readonly RoleAssignment[],
  permission: Permission,
  associationId: string,
  interventionId: string,
): boolean {
  const scope = interventionScope(roles, permission, associationId);
  return scope.kind === 'all' || scope.ids.includes(interventionId);
}

/**
 * Whether aggregates must be suppressed for these roles in this association: exact figures only where
 * the roles may read the personal data behind every report they may read there (participant-data.md
 * §3). A deltagaransvarig who is also utvärderare or läsare, or a national reader, reads reports over
 * insatser whose participants they may not see: all their reports there are protected.
 */
export function needsSuppression(roles: readonly RoleAssignment[], associationId: string | null): boolean {
  if (associationId === null) return true;
  const personal = interventionScope(roles, 'participant.read', associationId);
  if (personal.kind === 'all') return false;
  const reports = interventionScope(roles, 'report.read', associationId);
  return reports.kind === 'all' || personal.ids.length === 0 || reports.ids.some((id) => !personal.ids.includes(id));
}

/**
 * Whether any report these roles can read is protected by disclosure control: global roles never
 * hold personal-data access, and association roles without it are protected there. Such a user
 * chooses whole calendar periods (docs/decisions/0015).
 */
export function anyReportProtected(roles: readonly RoleAssignment[]): boolean {
  const scope = scopeFor(roles, 'report.read');
  return scope.kind === 'all' || scope.ids.some((id) => needsSuppression(roles, id));
}
