import {
  goalFulfilment,
  goalMet,
  goalsMet,
  implementationOutcome,
  summariseImplementation,
  todayIso,
  type GoalInput,
  type OutcomeColumn,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { measuredGoals, measuredValue } from '../reports/measured-goals';
import { outcomeReport, type OutcomeReport } from '../reports/outcome-report';
import { endedInterventions } from './implementation.repository';

type Ended = Awaited<ReturnType<typeof endedInterventions>>[number];

/**
 * The board reads the förbund's figures as published: protected (cell key method, whole calendar
 * years) whoever asks, so every role sees the same "goals met" and none learns about a small group
 * from it. A reader of the förbund is the role whose protected per-insats report this is.
 */
const boardActor = (actor: Actor, associationId: string): Actor => ({
  ...actor,
  roles: [{ role: 'reader', associationId }],
  operator: false,
});

/**
 * Whether an insats met its goals: its end year, or the year before when nothing was measured then.
 * Goals measured by a survey, by deviations or by hand come from the insats page's resolver; a deviation count
 * the user may not see leaves the verdict open (null) rather than judged on the other goals only.
 */
async function goalsMetOf(
  ex: Executor,
  actor: Actor,
  associationId: string,
  insats: Ended,
  reports: Map<number, OutcomeReport>,
): Promise<boolean | null> {
  // A goal followed up by hand counts when it has a target (decision 0062); without one it judges nothing.
  const goals = (insats.goals as (GoalInput & { column: OutcomeColumn })[]).filter((g) => g.target != null);
  if (goals.length === 0 || !insats.endDate) return null;
  const endYear = Number(insats.endDate.slice(0, 4));
  const years = [endYear, endYear - 1];
  const measured = goals.some((g) => !g.indicatorId)
    ? await measuredGoals(ex, boardActor(actor, associationId), actor, associationId, insats.id, goals, years)
    : goals.map(() => null);
  if (measured.some((m) => m?.kind === 'deviations' && m.years.includes(null))) return null;
  for (const [y, year] of years.entries()) {
    const group = reports.get(year)?.groups.find((g) => g.key === insats.id);
    const met = goalsMet(
      goals.map((goal, g) => {
        const figures = measured[g];
        if (!figures) return group ? goalFulfilment(goal, group.cells).met : null;
        return goalMet(goal, measuredValue(figures, y));
      }),
    );
    if (met !== null) return met;
  }
  return null;
}

/**
 * The board view of implementation (issue 13 §7) for the insatser of a förbund that ended within the
 * period: counts of insatser are not personal data, so they are exact; goal fulfilment comes from the
 * protected outcome report. Names no person.
 */
export async function implementationBoard(
  ex: Executor,
  actor: Actor,
  associationId: string,
  period: { from: string; to: string },
  disclosure: Disclosure,
) {
  authorize(actor, 'report.read', associationId);
  const today = todayIso();
  const to = period.to < today ? period.to : today;
  const ended = period.from > to ? [] : await endedInterventions(ex, associationId, period.from, to);
  const years = new Set(
    ended
      .filter((i) => i.kind === 'individual')
      .flatMap((i) => [Number(i.endDate!.slice(0, 4)), Number(i.endDate!.slice(0, 4)) - 1]),
  );
  const reports = new Map<number, OutcomeReport>();
  for (const year of [...years].sort()) {
    reports.set(
      year,
      await outcomeReport(ex, boardActor(actor, associationId), {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        groupBy: 'intervention',
        suppress: true,
        audit: false,
        disclosure,
      }),
    );
  }
  const facts = [];
  for (const i of ended)
    facts.push({
      id: i.id,
      name: i.name,
      endDate: i.endDate!,
      statusHistory: i.statusHistory ?? [],
      decisions: i.decisions ?? [],
      barriers: i.barriers ?? [],
      goalsMet: await goalsMetOf(ex, actor, associationId, i, reports),
    });
  await writeAudit(ex, actor, {
    action: 'report.implementation',
    entityType: 'report',
    associationId,
    details: { from: period.from, to },
  });
  return {
    period: { from: period.from, to },
    summary: summariseImplementation(facts),
    interventions: facts.map((f, i) => ({
      id: f.id,
      name: f.name,
      endDate: f.endDate,
      status: ended[i]!.status ?? 'not_planned',
      outcome: implementationOutcome(f.statusHistory),
      goalsMet: f.goalsMet,
      barriers: [...f.barriers],
    })),
  };
}
