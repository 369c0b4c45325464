import { can } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorizeIntervention } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import { findIntervention } from '../interventions/interventions.repository';
import { findRecord, type ImplementationRow } from './implementation.repository';

/**
 * The scope check of every record route: the förbund, then the insats within the role's insatser
 * (else 404). An implementation record is a working record without a fastställd edition, so reading
 * it keeps the insats scoping that förbund-wide reading of fastställda documents dropped.
 */
export async function authorizeRecord(
  ex: Executor,
  actor: Actor,
  permission: 'evaluation.read' | 'evaluation.write',
  associationId: string,
  interventionId: string,
) {
  authorizeIntervention(actor, permission, associationId, interventionId);
  const intervention = await findIntervention(ex, associationId, interventionId);
  if (!intervention) throw notFound('Insatsen');
  return intervention;
}

/** A record not yet saved: what an insats has until someone records something (version 0 creates it). */
function emptyRecord(associationId: string, interventionId: string): Omit<ImplementationRow, 'id'> & { id: null } {
  const now = new Date(0);
  return {
    id: null,
    associationId,
    interventionId,
    gapType: 'not_assessed',
    collaborationForm: null,
    interventionForm: null,
    receivingMemberId: null,
    namedReceiver: '',
    implementationGoal: '',
    financingPlan: '',
    financingFrom: null,
    decisions: [],
    barriers: [],
    barrierOther: '',
    status: 'not_planned',
    statusHistory: [],
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The implementation record of an insats. The named receiver and who recorded each status change are
 * people's names: a role that may not see the förbund's people (the national reader) gets them blank.
 */
export async function getImplementation(ex: Executor, actor: Actor, associationId: string, interventionId: string) {
  await authorizeRecord(ex, actor, 'evaluation.read', associationId, interventionId);
  const row = (await findRecord(ex, associationId, interventionId)) ?? emptyRecord(associationId, interventionId);
  const people = can(actor.roles, 'association.people', associationId);
  return {
    ...row,
    namedReceiver: people ? row.namedReceiver : null,
    statusHistory: row.statusHistory.map((s) => ({ ...s, recordedBy: people ? s.recordedBy : null })),
  };
}
