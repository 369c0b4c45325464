import { and, eq, sql } from 'drizzle-orm';
import type { BodyMemberInput, BodyMemberUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { bodyMembers } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { invalid, notFound, versionConflict } from '../../platform/errors';
import { findBodyMember, findMember } from './organisation.repository';

async function checkMemberOrganisation(tx: Tx, associationId: string, memberId: string | null | undefined) {
  if (memberId && !(await findMember(tx, associationId, memberId))) {
    throw invalid([{ field: 'memberId', value: memberId, message: 'Medlemsorganisationen finns inte i förbundet.' }]);
  }
}

const values = (input: BodyMemberInput) => ({
  body: input.body,
  name: input.name,
  bodyRole: input.bodyRole,
  memberId: input.memberId ?? null,
  email: input.email ?? null,
});

/** Adds a person to the board, the preparatory group or the office. */
export async function addBodyMember(tx: Tx, actor: Actor, associationId: string, input: BodyMemberInput) {
  authorize(actor, 'association.update', associationId);
  await checkMemberOrganisation(tx, associationId, input.memberId);
  const [row] = await tx
    .insert(bodyMembers)
    .values({ associationId, ...values(input) })
    .returning();
  await writeAudit(tx, actor, {
    action: 'body_member.create',
    entityType: 'body_member',
    entityId: row!.id,
    associationId,
    details: { body: input.body, name: input.name, bodyRole: input.bodyRole },
  });
  return row!;
}

export async function updateBodyMember(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: BodyMemberUpdateInput,
) {
  authorize(actor, 'association.update', associationId);
  const before = await findBodyMember(tx, associationId, id);
  if (!before) throw notFound('Personen');
  await checkMemberOrganisation(tx, associationId, input.memberId);
  const [row] = await tx
    .update(bodyMembers)
    .set({ ...values(input), version: sql`${bodyMembers.version} + 1`, updatedAt: new Date() })
    .where(
      and(eq(bodyMembers.associationId, associationId), eq(bodyMembers.id, id), eq(bodyMembers.version, input.version)),
    )
    .returning();
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'body_member.update',
    entityType: 'body_member',
    entityId: id,
    associationId,
    details: {
      before: { body: before.body, name: before.name, bodyRole: before.bodyRole },
      after: { body: input.body, name: input.name, bodyRole: input.bodyRole },
    },
  });
  return row;
}

export async function removeBodyMember(tx: Tx, actor: Actor, associationId: string, id: string) {
  authorize(actor, 'association.update', associationId);
  const before = await findBodyMember(tx, associationId, id);
  if (!before) throw notFound('Personen');
  await tx.delete(bodyMembers).where(and(eq(bodyMembers.associationId, associationId), eq(bodyMembers.id, id)));
  await writeAudit(tx, actor, {
    action: 'body_member.delete',
    entityType: 'body_member',
    entityId: id,
    associationId,
    details: { body: before.body, name: before.name },
  });
}
