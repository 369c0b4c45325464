import { canOnEvaluation, type Permission } from '@insikt/core';
import { useMe } from '../../lib/auth';

/**
 * The server's rule for one evaluation document (core's canOnEvaluation): förbund-level with no
 * insats, insats-level with its insats. Buttons show only what the server would allow.
 */
export function useEvaluationCan(associationId: string) {
  const { data: me } = useMe();
  return (permission: Permission, interventionId: string | null) =>
    !!me && canOnEvaluation(me.roles, permission, associationId, interventionId ? [interventionId] : []);
}
