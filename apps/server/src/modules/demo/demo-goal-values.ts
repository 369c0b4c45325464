import { randomUUID } from 'node:crypto';
import type { StoredGoal } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { interventionGoalValues } from '../../db/schema';

/** The structural demo insats's goal followed up by hand (decision 0062): the steering group's view of collaboration. */
export const demoManualGoal = (): StoredGoal => ({
  id: randomUUID(),
  description: 'Styrgruppen bedömer samverkan som god',
  column: 'total',
  unit: 'percent',
  comparison: 'at_least',
  target: 0.75,
});

/** Its values for the insats's whole years so far, each with the survey it comes from: not met, then met. */
export async function insertDemoGoalValues(
  tx: Tx,
  associationId: string,
  interventionId: string,
  goalId: string,
  firstYear: number,
) {
  await tx.insert(interventionGoalValues).values(
    [0.68, 0.74, 0.79].map((value, i) => ({
      associationId,
      interventionId,
      goalId,
      year: firstYear + i,
      value,
      source: `Enkät till styrgruppen, november ${firstYear + i}`,
    })),
  );
}
