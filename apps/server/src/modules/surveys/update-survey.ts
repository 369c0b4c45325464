import { and, eq, sql } from 'drizzle-orm';
import type { UpdateSurveyInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { surveys } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { refuseWordingChanges, wordingChanged } from './template-wording';
import { conflict, versionConflict } from '../../platform/errors';
import { authorizeSurvey } from './survey-access';
import { findSurvey, findSurveyByName, hasResponses, lockSurvey } from './surveys.repository';

/**
 * Renames a survey and, until its first answer, changes its wording. After that the answers were
 * given to this wording, and a locked survey's wording is someone else's: both refuse (409).
 */
export async function updateSurvey(tx: Tx, actor: Actor, associationId: string, id: string, input: UpdateSurveyInput) {
  // The lock makes a first answer wait for this change, or this change see that answer.
  await lockSurvey(tx, associationId, id, 'update');
  const before = authorizeSurvey(actor, 'survey.write', associationId, await findSurvey(tx, associationId, id));
  if (before.version !== input.version) throw versionConflict();
  // A locked template's wording is its owner's; after the first answer the answers were given to it.
  if (before.locked)
    refuseWordingChanges(
      before.questionnaire,
      input.questionnaire,
      'Enkäten bygger på en låst mall: frågornas formulering kan inte ändras.',
    );
  else if (await hasResponses(tx, associationId, id))
    refuseWordingChanges(
      before.questionnaire,
      input.questionnaire,
      'Enkäten har redan svar, och de gavs på den här formuleringen: gör en ny enkät från mallen om frågorna behöver ändras.',
    );
  const sameName = await findSurveyByName(tx, associationId, input.name);
  if (sameName && sameName.id !== id) throw conflict(`Förbundet har redan en enkät som heter ${input.name}.`);
  const [row] = await tx
    .update(surveys)
    .set({
      name: input.name,
      questionnaire: input.questionnaire,
      version: sql`${surveys.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(surveys.associationId, associationId), eq(surveys.id, id), eq(surveys.version, input.version)))
    .returning();
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'survey.update',
    entityType: 'survey',
    entityId: id,
    associationId,
    details: {
      before: { name: before.name },
      after: { name: input.name },
      wordingChanged: wordingChanged(before.questionnaire, input.questionnaire),
    },
  });
  return row;
}
