import type { Tx } from '../../db/open-db';
import { demoImplementation } from './demo-implementation';
import { demoTheoryOfChange } from './demo-theory-of-change';
import { demoEvidence } from './demo-evidence';
import { demoSelfAssessments } from './demo-self-assessments';
import { demoProgrammeLogic } from './demo-programme-logic';
import { demoSurveys } from './demo-surveys';
import { demoDeviations } from './demo-deviations';

/** What a part of the evaluation module needs to write its demo material for one demo förbund. */
export interface DemoEvaluationContext {
  associationId: string;
  /** The demo förbund's insatser, in the order of DEMO_INTERVENTIONS. */
  interventionIds: string[];
  /** 0 for the first demo förbund: the one with the fullest evaluation material (issue 13 §10). */
  index: number;
  /** The demo's "today" (ISO date): the years of the material count back from it. */
  today: string;
}

type DemoPart = (tx: Tx, context: DemoEvaluationContext) => Promise<void>;

/** Each part of the evaluation module adds its demo writer here. */
const PARTS: DemoPart[] = [
  demoSelfAssessments,
  demoEvidence,
  demoProgrammeLogic,
  demoTheoryOfChange,
  demoImplementation,
  demoSurveys,
  // Not evaluation, but written per förbund with the same context (insatser, today).
  demoDeviations,
];

export async function demoEvaluation(tx: Tx, context: DemoEvaluationContext): Promise<void> {
  for (const part of PARTS) await part(tx, context);
}
