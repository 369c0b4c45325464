import { canInIntervention, interventionScope, type Permission } from '../permissions';
import type { RoleAssignment } from '../roles';

/**
 * Whether `roles` hold `permission` on an evaluation document of `associationId`: a förbund-level one
 * (tolvfältaren, programme logic, effectiveness; `interventionIds` empty) only with a role that covers
 * every insats of the förbund; an insats-level one (niofält, theory of change, implementation) for
 * each of its insatser, so an insatsansvarig reaches their own insatser and a cluster only when
 * every insats of it is theirs (issue 13 §8).
 */
export function canOnEvaluation(
  roles: readonly RoleAssignment[],
  permission: Permission,
  associationId: string,
  interventionIds: readonly string[],
): boolean {
  if (interventionIds.length === 0) return interventionScope(roles, permission, associationId).kind === 'all';
  return interventionIds.every((id) => canInIntervention(roles, permission, associationId, id));
}
