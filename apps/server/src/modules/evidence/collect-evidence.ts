import { canOnEvaluation, type CollectedEvidenceSource, type EvidenceTable } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import type { Disclosure } from '../../platform/disclosure';
import { notFound } from '../../platform/errors';
import { findIntervention } from '../interventions/interventions.repository';
import { findAssociation } from '../organisation/organisation.repository';
import type { EvidenceContext } from './evidence-context';
import { deviationEvidence } from './evidence-deviations';
import { exitReasonEvidence } from './evidence-exit-reasons';
import { goalFulfilmentEvidence, interventionsEvidence } from './evidence-interventions';
import { followUpEvidence, outcomeEvidence, trendEvidence } from './evidence-reports';
import { socioeconomicEvidence } from './evidence-socioeconomic';
import { surveyEvidence } from './evidence-surveys';

export interface EvidenceRequest {
  source: CollectedEvidenceSource;
  associationId: string;
  /** The document's insatser; empty for a förbund-level document (tolvfältaren). */
  interventionIds: readonly string[];
  year: number;
}

const COLLECTORS: Record<CollectedEvidenceSource, (ctx: EvidenceContext) => Promise<EvidenceTable>> = {
  interventions: interventionsEvidence,
  outcome: outcomeEvidence,
  exit_reasons: exitReasonEvidence,
  follow_up: followUpEvidence,
  goal_fulfilment: goalFulfilmentEvidence,
  outcome_trend: trendEvidence,
  socioeconomic: socioeconomicEvidence,
  surveys: surveyEvidence,
  deviations: deviationEvidence,
};

/**
 * Evidence from what Insikt holds, for an evaluation document of a förbund or of some of its
 * insatser (issue 13 §2): one table per source, always the protected figures, with what it covers.
 * Whoever may write the document may collect its evidence; insatser outside the actor's reach, or
 * another förbund's, do not exist for them (404).
 */
export async function collectEvidence(
  ex: Executor,
  actor: Actor,
  request: EvidenceRequest,
  disclosure: Disclosure,
): Promise<EvidenceTable> {
  const { associationId, interventionIds } = request;
  authorize(actor, 'evaluation.write', associationId);
  if (!canOnEvaluation(actor.roles, 'evaluation.write', associationId, interventionIds))
    throw notFound(interventionIds.length ? 'Insatsen' : 'Underlaget');
  const association = await findAssociation(ex, associationId);
  if (!association) throw notFound('Förbundet');
  const names: string[] = [];
  for (const id of interventionIds) {
    const insats = await findIntervention(ex, associationId, id);
    if (!insats) throw notFound('Insatsen');
    names.push(insats.name);
  }
  const ctx: EvidenceContext = {
    ex,
    actor,
    associationId,
    interventionIds: [...new Set(interventionIds)],
    year: request.year,
    disclosure,
    fallbackScopeLabel: names.length ? `${names.join(', ')} (${association.name})` : association.name,
    capturedAt: new Date().toISOString(),
  };
  return COLLECTORS[request.source](ctx);
}
