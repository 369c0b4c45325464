import type { CreateSurveyInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { surveys } from '../../db/schema';
import { authorizeScope } from './survey-access';
import { findSurveyByName, interventionsIn } from './surveys.repository';
import { templateSource } from './template-source';

/** The insatser named must all be the förbund's (an unknown one is a 404, like one out of reach). */
export async function checkInterventions(tx: Tx, associationId: string, ids: string[]) {
  const found = await interventionsIn(tx, associationId, ids);
  if (found.length !== new Set(ids).size) throw notFound('Insatsen');
}

/** A survey with the questionnaire frozen from a template's current version (issue 14 §1). */
export async function createSurvey(tx: Tx, actor: Actor, associationId: string, input: CreateSurveyInput) {
  authorizeScope(actor, 'survey.write', associationId, input.interventionIds);
  await checkInterventions(tx, associationId, input.interventionIds);
  if (await findSurveyByName(tx, associationId, input.name))
    throw conflict(`Förbundet har redan en enkät som heter ${input.name}.`);
  const source = await templateSource(tx, associationId, input);
  const [row] = await tx
    .insert(surveys)
    .values({
      associationId,
      name: input.name,
      interventionIds: [...new Set(input.interventionIds)],
      origin: source.origin,
      locked: source.locked,
      questionnaire: source.questionnaire,
    })
    .returning();
  await writeAudit(tx, actor, {
    action: 'survey.create',
    entityType: 'survey',
    entityId: row!.id,
    associationId,
    details: { name: input.name, origin: source.origin, interventionIds: row!.interventionIds },
  });
  return row!;
}
