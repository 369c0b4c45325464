import { compositeProblems, describeComposite, type CompositeInput, type Questionnaire } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { invalid } from '../../platform/errors';
import { authorizeSurvey } from './survey-access';
import { compositesOf, ruleOf, type CompositeRow } from './survey-results.repository';
import { findSurvey } from './surveys.repository';

/** A stored composite with its definition in words, as the results page lists it. */
export function compositeView(row: CompositeRow, questionnaire: Questionnaire) {
  const { associationId: _association, rule, ...rest } = row;
  return { ...rest, ...rule, definition: describeComposite(questionnaire, ruleOf(row)) };
}

/** 400 naming what does not fit the survey's questions (a question without options, an option not on the scale). */
export function checkComposite(questionnaire: Questionnaire, input: CompositeInput) {
  const problems = compositeProblems(questionnaire, { id: 'new', ...input });
  if (problems.length > 0)
    throw invalid(
      problems.map((message) => ({ field: 'conditions', message })),
      problems.join(' '),
    );
}

/** The survey's composite indicators (any role reaching the survey reads them with its results). */
export async function listComposites(ex: Executor, actor: Actor, associationId: string, surveyId: string) {
  const survey = authorizeSurvey(actor, 'survey.read', associationId, await findSurvey(ex, associationId, surveyId));
  const rows = await compositesOf(ex, associationId, surveyId);
  return rows.map((row) => compositeView(row, survey.questionnaire));
}
