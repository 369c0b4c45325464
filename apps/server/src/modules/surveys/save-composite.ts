import type { CompositeInput, CompositeUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { notFound, versionConflict } from '../../platform/errors';
import { checkComposite, compositeView } from './composite-view';
import { authorizeSurvey } from './survey-access';
import { deleteComposite, findComposite, insertComposite, updateComposite } from './survey-results.repository';
import { findSurvey } from './surveys.repository';

async function writableSurvey(tx: Tx, actor: Actor, associationId: string, surveyId: string) {
  return authorizeSurvey(actor, 'survey.write', associationId, await findSurvey(tx, associationId, surveyId));
}

/** Defines a composite indicator on a survey (issue 14 §4); its conditions must fit the survey's questions. */
export async function createComposite(
  tx: Tx,
  actor: Actor,
  associationId: string,
  surveyId: string,
  input: CompositeInput,
) {
  const survey = await writableSurvey(tx, actor, associationId, surveyId);
  checkComposite(survey.questionnaire, input);
  const row = await insertComposite(tx, associationId, surveyId, input);
  await writeAudit(tx, actor, {
    action: 'survey.composite.create',
    entityType: 'survey_composite',
    entityId: row.id,
    associationId,
    details: { surveyId, rule: input },
  });
  return compositeView(row, survey.questionnaire);
}

/** Changes a composite indicator's name or rule (optimistic concurrency: a stale version is 409). */
export async function changeComposite(
  tx: Tx,
  actor: Actor,
  associationId: string,
  surveyId: string,
  id: string,
  input: CompositeUpdateInput,
) {
  const survey = await writableSurvey(tx, actor, associationId, surveyId);
  const before = await findComposite(tx, associationId, surveyId, id);
  if (!before) throw notFound('Indikatorn');
  const { version, ...rule } = input;
  checkComposite(survey.questionnaire, rule);
  const row = await updateComposite(tx, associationId, id, version, rule);
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'survey.composite.update',
    entityType: 'survey_composite',
    entityId: id,
    associationId,
    details: { surveyId, before: before.rule, after: rule },
  });
  return compositeView(row, survey.questionnaire);
}

/** Removes a composite indicator (a stale version is 409). */
export async function removeComposite(
  tx: Tx,
  actor: Actor,
  associationId: string,
  surveyId: string,
  id: string,
  version: number,
) {
  await writableSurvey(tx, actor, associationId, surveyId);
  const before = await findComposite(tx, associationId, surveyId, id);
  if (!before) throw notFound('Indikatorn');
  if (!(await deleteComposite(tx, associationId, id, version))) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'survey.composite.delete',
    entityType: 'survey_composite',
    entityId: id,
    associationId,
    details: { surveyId, rule: before.rule },
  });
}
