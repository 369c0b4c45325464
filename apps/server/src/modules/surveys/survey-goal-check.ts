import type { GoalInput } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { FieldIssue } from '../../platform/errors';
import { reachesSurvey } from './survey-access';
import { findComposite } from './survey-results.repository';
import { findSurvey } from './surveys.repository';

/**
 * What is wrong with the surveys an insats's goals are measured by, in Swedish and per goal: the survey
 * must be the förbund's and reached by the actor, be for this insats (or the whole förbund), and the
 * question a scale question or a statement of a matrix (they have a positive set), or the composite one
 * of the survey's. `interventionId` is null for an insats being created: only a förbund-wide survey can
 * be for it yet.
 */
export async function goalSurveyIssues(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string | null,
  goals: readonly GoalInput[],
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const [i, goal] of goals.entries()) {
    if (!goal.survey) continue;
    const { surveyId, questionId, compositeId } = goal.survey;
    const at = (field: string, value: unknown, message: string) =>
      issues.push({ field: `goals.${i}.survey.${field}`, value, message: `Mål ${i + 1}: ${message}` });
    const survey = await findSurvey(ex, associationId, surveyId);
    if (!survey || !reachesSurvey(actor, 'survey.read', associationId, survey.interventionIds)) {
      at('surveyId', surveyId, 'enkäten finns inte i förbundet.');
      continue;
    }
    if (survey.interventionIds.length > 0 && !(interventionId && survey.interventionIds.includes(interventionId))) {
      at('surveyId', surveyId, `enkäten "${survey.name}" gäller inte den här insatsen.`);
      continue;
    }
    if (compositeId) {
      if (!(await findComposite(ex, associationId, surveyId, compositeId)))
        at('compositeId', compositeId, `enkäten "${survey.name}" har ingen sådan sammansatt indikator.`);
      continue;
    }
    const scaled = survey.questionnaire.sections
      .flatMap((s) => s.questions)
      .flatMap((q) => (q.type === 'scale' ? [q.id] : q.type === 'matrix' ? q.statements.map((st) => st.id) : []));
    if (!scaled.includes(questionId!))
      at(
        'questionId',
        questionId,
        `"${questionId}" är ingen skalfråga eller påstående i enkäten "${survey.name}" (bara sådana har positiva svar).`,
      );
  }
  return issues;
}
