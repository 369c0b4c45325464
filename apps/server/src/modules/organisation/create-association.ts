import { defaultMembers, type AssociationInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { associations, members } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict } from '../../platform/errors';
import { findAssociationByName, replaceAssociationMunicipalities } from './organisation.repository';
import { resolveArea } from './validate-area';

/** Creates a förbund with its kommuner and the default members FK, AF, the region and each kommun. */
export async function createAssociation(tx: Tx, actor: Actor, input: AssociationInput) {
  authorize(actor, 'association.create');
  const { county, municipalities } = await resolveArea(tx, input.countyCode, input.municipalityCodes);
  if (await findAssociationByName(tx, input.name)) {
    throw conflict(`Det finns redan ett förbund som heter ${input.name}.`);
  }
  const [created] = await tx
    .insert(associations)
    .values({ name: input.name, countyCode: county.code, organisationNumber: input.organisationNumber ?? null })
    .returning();
  const association = created!;
  await replaceAssociationMunicipalities(tx, association.id, input.municipalityCodes);
  await tx
    .insert(members)
    .values(defaultMembers(county, municipalities).map((m) => ({ ...m, associationId: association.id })));
  await writeAudit(tx, actor, {
    action: 'association.create',
    entityType: 'association',
    entityId: association.id,
    associationId: association.id,
    details: { name: input.name, countyCode: county.code, municipalityCodes: input.municipalityCodes },
  });
  return association;
}
