import { canOnEvaluation, type Permission } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { invalid, notFound, type FieldIssue } from '../../platform/errors';
import { findTheoryOfChange, interventionNames, memberNames } from './theory-of-change.repository';

const NAME = 'Förändringsteorin';

/**
 * A theory of change as `actor` may reach it for `permission`: 403 without the permission anywhere,
 * 404 in another förbund, for a draft the actor may not read (readers see fastställda only), or when
 * any insats it covers is outside the actor's insatser (issue 13 §8).
 */
export async function loadTheoryOfChange(
  ex: Executor,
  actor: Actor,
  associationId: string,
  id: string,
  permission: Permission,
) {
  authorize(actor, permission, associationId);
  const row = await findTheoryOfChange(ex, associationId, id);
  if (!row) throw notFound(NAME);
  const see: Permission = row.status === 'draft' ? 'evaluation.draft' : 'evaluation.read';
  for (const needed of [see, permission])
    if (!canOnEvaluation(actor.roles, needed, associationId, row.interventionIds)) throw notFound(NAME);
  return row;
}

/** Refuses insatser the actor may not write for (404, as if they did not exist) before anything is checked. */
export function requireWritableInterventions(actor: Actor, associationId: string, interventionIds: readonly string[]) {
  if (!canOnEvaluation(actor.roles, 'evaluation.write', associationId, interventionIds)) throw notFound('Insatsen');
}

/** Every insats and every staffing party must be the förbund's own: a 400 naming each that is not. */
export async function checkReferences(
  ex: Executor,
  associationId: string,
  interventionIds: readonly string[],
  staffing: readonly { memberId: string }[],
) {
  const known = await interventionNames(ex, associationId, interventionIds);
  const parties = await memberNames(
    ex,
    associationId,
    staffing.map((s) => s.memberId),
  );
  const issues: FieldIssue[] = [
    ...interventionIds.flatMap((id, i) =>
      known.has(id) ? [] : [{ field: `interventionIds[${i}]`, message: 'Insatsen finns inte i förbundet.', value: id }],
    ),
    ...staffing.flatMap((s, i) =>
      parties.has(s.memberId)
        ? []
        : [
            {
              field: `content.staffing[${i}].memberId`,
              message: `Bemanningsrad ${i + 1}: parten finns inte bland förbundets medlemmar.`,
              value: s.memberId,
            },
          ],
    ),
  ];
  if (issues.length > 0) throw invalid(issues, issues[0]!.message);
}
