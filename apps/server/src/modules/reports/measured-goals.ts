import { goalSource, type DeviationYearCount, type GoalInput } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { deviationGoalFigures } from '../deviations/deviation-counts';
import { goalValuesOf, type GoalValueRow } from '../interventions/interventions.repository';
import { surveyGoalFigures, type SurveyYearCoverage } from '../surveys/survey-indicator';

/** A value entered by hand (decision 0062), as the insats page edits it. */
export type ManualYearValue = Pick<GoalValueRow, 'id' | 'value' | 'source' | 'comment' | 'version'>;

/** A goal measured outside the outcome report, with what each year's figure covers. */
export type MeasuredGoal =
  | { kind: 'survey'; label: string; years: SurveyYearCoverage[] }
  | { kind: 'deviations'; label: string; years: (DeviationYearCount | null)[] }
  | { kind: 'manual'; years: (ManualYearValue | null)[] };

/** The year's figure of a measured goal (null: nothing measured, entered or shown). */
export function measuredValue(figures: MeasuredGoal, y: number): number | null {
  if (figures.kind === 'survey') return figures.years[y]!.actual;
  if (figures.kind === 'deviations') return figures.years[y]?.count ?? null;
  return figures.years[y]?.value ?? null;
}

/**
 * The figures of an insats's goals measured by a survey (decision 0039), by deviations (decision
 * 0050) or entered by hand (decision 0062), per year, in the order of `goals` (null: a goal measured
 * by the outcome report). The one resolver behind the insats page, the programme logic's "insatsens
 * mål", the implementation view and the evidence "måluppfyllelse". `actor` reads the survey results
 * (the board, for documents); `viewer` is the user whose right to the deviation statistics decides
 * whether the count is shown. A value entered by hand is shown as entered to every reader of the insats:
 * it is the förbund's own figure, not computed from Insikt's personal data.
 */
export async function measuredGoals(
  ex: Executor,
  actor: Actor,
  viewer: Actor,
  associationId: string,
  interventionId: string,
  goals: readonly Pick<GoalInput, 'id' | 'indicatorId' | 'survey' | 'deviations'>[],
  years: readonly number[],
): Promise<(MeasuredGoal | null)[]> {
  const manual = goals.some((g) => goalSource(g) === 'manual')
    ? await goalValuesOf(ex, associationId, interventionId)
    : [];
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
      if (goal.indicatorId) return null;
      const values = manual.filter((v) => v.goalId === goal.id);
      return {
        kind: 'manual',
        years: years.map((year) => {
          const v = values.find((x) => x.year === year);
          return v ? { id: v.id, value: v.value, source: v.source, comment: v.comment, version: v.version } : null;
        }),
      };
    }),
  );
}
