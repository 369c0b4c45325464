import { goalFulfilment as fulfilment, goalMet, todayIso, type OutcomeColumn, type StoredGoal } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { getIntervention } from '../interventions/get-intervention';
import { measuredGoals } from './measured-goals';
import { outcomeReport } from './outcome-report';

/** Years shown in the trend: the insats's years, at most the last ten. */
const MAX_YEARS = 10;

/**
 * Goal fulfilment of an insats: for every goal the actual value and whether the target is met, per
 * calendar year (the trend): from the outcome report (so the same scoping and disclosure control
 * apply), a survey, deviations, or the values entered by hand (`measuredGoals`).
 */
export async function goalFulfilmentOf(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string,
  disclosure: Disclosure,
  options: {
    /** The protected figures whatever the role (evidence for the board), as the publication flag gives. */
    suppress?: boolean;
    /** Whose right to the deviation statistics decides (the user when `actor` is the board); `actor` by default. */
    viewer?: Actor;
  } = {},
) {
  const intervention = await getIntervention(ex, actor, associationId, interventionId);
  const thisYear = Number(todayIso().slice(0, 4));
  const last = Math.min(thisYear, intervention.endDate ? Number(intervention.endDate.slice(0, 4)) : thisYear);
  const first = Math.max(Number(intervention.startDate.slice(0, 4)), last - MAX_YEARS + 1);
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const reports = await Promise.all(
    years.map((year) =>
      outcomeReport(ex, actor, {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        groupBy: 'intervention',
        interventionId,
        audit: false,
        suppress: options.suppress,
        disclosure,
      }),
    ),
  );
  await writeAudit(ex, actor, {
    action: 'report.goals',
    entityType: 'intervention',
    entityId: interventionId,
    associationId,
  });
  const goals = intervention.goals as (StoredGoal & { column: OutcomeColumn })[];
  const measured = await measuredGoals(ex, actor, options.viewer ?? actor, associationId, interventionId, goals, years);
  return {
    years,
    goals: goals.map((goal, g) => {
      const figures = measured[g];
      return {
        ...goal,
        surveyLabel: figures?.kind === 'survey' ? figures.label : null,
        deviationLabel: figures?.kind === 'deviations' ? figures.label : null,
        results: years.map((year, i) => {
          const group = reports[i]!.groups.find((x) => x.key === interventionId);
          // A hidden count stays hidden (null), never 0: "no exits" and "1–4 exits" differ.
          const exits = group ? group.cells.antal.total : 0;
          const none = { survey: null, deviations: null, manual: null };
          if (figures?.kind === 'survey') {
            const { actual, respondents, distributions } = figures.years[i]!;
            const survey = { respondents, distributions };
            return { year, actual, met: goalMet(goal, actual), exits, ...none, survey };
          }
          if (figures?.kind === 'deviations') {
            const count = figures.years[i] ?? null;
            const actual = count?.count ?? null;
            const deviations = { open: count?.open ?? null };
            return { year, actual, met: goalMet(goal, actual), exits, ...none, deviations };
          }
          if (figures?.kind === 'manual') {
            const manual = figures.years[i] ?? null;
            const actual = manual?.value ?? null;
            return { year, actual, met: goalMet(goal, actual), exits, ...none, manual };
          }
          const result = group ? fulfilment(goal, group.cells) : { actual: null, met: null };
          return { year, ...result, exits, ...none };
        }),
      };
    }),
  };
}
