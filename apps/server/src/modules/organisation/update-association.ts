import { and, eq, inArray, sql } from 'drizzle-orm';
import { defaultMembers, type AssociationUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { associations, members } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound, versionConflict } from '../../platform/errors';
import {
  associationMunicipalitiesOf,
  findAssociation,
  findAssociationByName,
  replaceAssociationMunicipalities,
} from './organisation.repository';
import { resolveArea } from './validate-area';

/**
 * Edits a förbund. Kommuner added become members; kommuner removed stop being members (their
 * people in the bodies are kept, without a member organisation).
 */
export async function updateAssociation(tx: Tx, actor: Actor, id: string, input: AssociationUpdateInput) {
  authorize(actor, 'association.update', id);
  const before = await findAssociation(tx, id);
  if (!before) throw notFound('Förbundet');
  const { county, municipalities } = await resolveArea(tx, input.countyCode, input.municipalityCodes);
  const sameName = await findAssociationByName(tx, input.name);
  if (sameName && sameName.id !== id) throw conflict(`Det finns redan ett förbund som heter ${input.name}.`);

  const [updated] = await tx
    .update(associations)
    .set({
      name: input.name,
      countyCode: county.code,
      organisationNumber: input.organisationNumber ?? null,
      version: sql`${associations.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(associations.id, id), eq(associations.version, input.version)))
    .returning();
  if (!updated) throw versionConflict();

  const previous = (await associationMunicipalitiesOf(tx, id)).map((m) => m.code);
  const next = municipalities.map((m) => m.code);
  const removed = previous.filter((code) => !next.includes(code));
  const added = municipalities.filter((m) => !previous.includes(m.code));
  await replaceAssociationMunicipalities(tx, id, next);
  if (removed.length > 0) {
    await tx.delete(members).where(and(eq(members.associationId, id), inArray(members.municipalityCode, removed)));
  }
  const newMembers = defaultMembers(county, added).filter((m) => m.kind === 'municipality');
  if (newMembers.length > 0) {
    await tx
      .insert(members)
      .values(newMembers.map((m) => ({ ...m, associationId: id })))
      .onConflictDoNothing();
  }
  await writeAudit(tx, actor, {
    action: 'association.update',
    entityType: 'association',
    entityId: id,
    associationId: id,
    details: {
      before: { name: before.name, countyCode: before.countyCode, municipalityCodes: previous },
      after: { name: input.name, countyCode: county.code, municipalityCodes: next },
    },
  });
  return updated;
}
