import { and, eq, sql } from 'drizzle-orm';
import type { MemberInput, MemberUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { members } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors';
import {
  associationMunicipalitiesOf,
  findMember,
  memberColumns,
  memberVersion,
  membersOf,
} from './organisation.repository';

// Members are the parties to the association agreement; a kommun member must be one of the
// association's kommuner, and a name appears only once.
async function checkMember(tx: Tx, associationId: string, input: MemberInput, exceptId?: string) {
  if (input.kind === 'municipality') {
    const own = await associationMunicipalitiesOf(tx, associationId);
    if (!input.municipalityCode || !own.some((m) => m.code === input.municipalityCode)) {
      throw invalid([
        {
          field: 'municipalityCode',
          value: input.municipalityCode ?? '',
          message: 'En kommun som medlem måste vara en av förbundets kommuner.',
        },
      ]);
    }
  }
  const existing = await membersOf(tx, associationId);
  if (existing.some((m) => m.id !== exceptId && m.name.toLowerCase() === input.name.toLowerCase())) {
    throw conflict(`Förbundet har redan en medlem som heter ${input.name}.`);
  }
}

export async function addMember(tx: Tx, actor: Actor, associationId: string, input: MemberInput) {
  authorize(actor, 'association.update', associationId);
  await checkMember(tx, associationId, input);
  const [row] = await tx
    .insert(members)
    .values({
      associationId,
      kind: input.kind,
      name: input.name,
      municipalityCode: input.kind === 'municipality' ? (input.municipalityCode ?? null) : null,
    })
    .returning(memberColumns);
  await writeAudit(tx, actor, {
    action: 'member.create',
    entityType: 'member',
    entityId: row!.id,
    associationId,
    details: { ...input },
  });
  return row!;
}

/** Changes a member; an edit based on an older version is refused (409), as for every entity. */
export async function updateMember(
  tx: Tx,
  actor: Actor,
  associationId: string,
  memberId: string,
  input: MemberUpdateInput,
) {
  authorize(actor, 'association.update', associationId);
  const before = await findMember(tx, associationId, memberId);
  if (!before) throw notFound('Medlemmen');
  await checkMember(tx, associationId, input, memberId);
  const [row] = await tx
    .update(members)
    .set({
      kind: input.kind,
      name: input.name,
      municipalityCode: input.kind === 'municipality' ? (input.municipalityCode ?? null) : null,
    })
    .where(
      and(eq(members.associationId, associationId), eq(members.id, memberId), sql`${memberVersion} = ${input.version}`),
    )
    .returning(memberColumns);
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'member.update',
    entityType: 'member',
    entityId: memberId,
    associationId,
    details: { before: { kind: before.kind, name: before.name }, after: { ...input, version: undefined } },
  });
  return row!;
}

export async function removeMember(tx: Tx, actor: Actor, associationId: string, memberId: string) {
  authorize(actor, 'association.update', associationId);
  const before = await findMember(tx, associationId, memberId);
  if (!before) throw notFound('Medlemmen');
  await tx.delete(members).where(and(eq(members.associationId, associationId), eq(members.id, memberId)));
  await writeAudit(tx, actor, {
    action: 'member.delete',
    entityType: 'member',
    entityId: memberId,
    associationId,
    details: { name: before.name },
  });
}
