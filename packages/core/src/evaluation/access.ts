import { can, canInIntervention, interventionScope, type Permission } from '../permissions';
import type { RoleAssignment } from '../roles';

/**
 * Whether `roles` hold `permission` on an evaluation document of `associationId`.
 *
 * Reading (`evaluation.read`) is for fastställda documents, and those are the förbund's shared
 * record: every role of the förbund reads all of them, whatever insatser the role covers, so an
 * insatsansvarig reads the fastställd tolvfältaren as well as the programme logic (issue 13 review
 * §10). Drafts are checked with `evaluation.draft`, which keeps the scoping below.
 *
 * Every other permission: a förbund-level document (tolvfältaren, programme logic, effectiveness;
 * `interventionIds` empty) only with a role that covers every insats of the förbund; an
 * insats-level one (niofält, theory of change) for each of its insatser, so an insatsansvarig
 * reaches their own insatser and a cluster only when every insats of it is theirs (issue 13 §8).
 */
export function canOnEvaluation(
  roles: readonly RoleAssignment[],
  permission: Permission,
  associationId: string,
  interventionIds: readonly string[],
): boolean {
  if (permission === 'evaluation.read') return can(roles, permission, associationId);
  if (interventionIds.length === 0) return interventionScope(roles, permission, associationId).kind === 'all';
  return interventionIds.every((id) => canInIntervention(roles, permission, associationId, id));
}
