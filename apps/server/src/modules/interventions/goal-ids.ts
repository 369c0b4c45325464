import { randomUUID } from 'node:crypto';
import { goalSource, type GoalInput } from '@insikt/core';

/**
 * Goal ids (decision 0062): a goal keeps the id it already had in this insats, so its values entered by
 * hand survive edits of its text and a new order; a new goal, a repeated id or one the insats never had
 * gets a new id (an id cannot claim another goal's values).
 */
export function withGoalIds(goals: readonly GoalInput[], existing: readonly { id?: string | null }[] = []) {
  const known = new Set(existing.flatMap((g) => (g.id ? [g.id] : [])));
  const used = new Set<string>();
  return goals.map((goal) => {
    const id = goal.id && known.has(goal.id) && !used.has(goal.id) ? goal.id : randomUUID();
    used.add(id);
    return { ...goal, id };
  });
}

/** The ids of the goals whose values are entered by hand: the values of every other goal are removed. */
export const manualGoalIds = (
  goals: readonly { id: string; indicatorId?: unknown; survey?: unknown; deviations?: unknown }[],
) => goals.filter((g) => goalSource(g) === 'manual').map((g) => g.id);
