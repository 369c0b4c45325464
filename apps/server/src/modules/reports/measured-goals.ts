import type { DeviationYearCount, GoalInput } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { deviationGoalFigures } from '../deviations/deviation-counts';
import { surveyGoalFigures, type SurveyYearCoverage } from '../surveys/survey-indicator';

/** A goal measured outside the outcome report, with what each year's figure covers. */
export type MeasuredGoal =
  | { kind: 'survey'; label: string; years: SurveyYearCoverage[] }
  | { kind: 'deviations'; label: string; years: (DeviationYearCount | null)[] };

/**
 * The figures of an insats's goals measured by a survey (decision 0039) or by deviations (decision
 * 0050), per year, in the order of `goals` (null: a goal measured by the outcome report or by hand).
 * The one resolver behind the insats page, the programme logic's "insatsens mål", the implementation
 * view and the evidence "måluppfyllelse". `actor` reads the survey results (the board, for documents);
 * `viewer` is the user whose right to the deviation statistics decides whether the count is shown.
 */
export async function measuredGoals(
  ex: Executor,
  actor: Actor,
  viewer: Actor,
  associationId: string,
  interventionId: string,
  goals: readonly Pick<GoalInput, 'survey' | 'deviations'>[],
  years: readonly number[],
): Promise<(MeasuredGoal | null)[]> {
  return Promise.all(
    goals.map(async (goal): Promise<MeasuredGoal | null> => {
      if (goal.survey)
        return {
          kind: 'survey',
          ...(await surveyGoalFigures(ex, actor, associationId, interventionId, goal.survey, years)),
        };
      if (goal.deviations)
        return {
          kind: 'deviations',
          ...(await deviationGoalFigures(ex, viewer, associationId, interventionId, goal.deviations, years)),
        };
      return null;
    }),
  );
}
