import { canInIntervention, interventionScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { auditPersonalDataRead } from '../../platform/audit';
import { structuralInsats } from './activity-access';
import { linkReader } from './actualisation-access';
import { actualisationsOf } from './actualisations.repository';
import { organisationsOf } from './list-activities';

/**
 * The aktualiseringar of a structural insats. Each is one person's case, so the list is for those who
 * record them (the förbund, the insatsansvarig of the insats), as an activity's counts are (decision
 * 0057); läsare and utvärderare read the protected counts in the report. A link to a participation is
 * shown only to one who may read that participation, and that read is audited.
 */
export async function listActualisations(ex: Executor, actor: Actor, associationId: string, interventionId: string) {
  const insats = await structuralInsats(ex, actor, 'structural.read', associationId, interventionId, 'Aktualiseringar');
  const rowsShown = canInIntervention(actor.roles, 'structural.write', associationId, interventionId);
  const personal = interventionScope(actor.roles, 'participant.read', associationId);
  const mayRead = linkReader(actor, associationId);
  const rows = rowsShown ? await actualisationsOf(ex, associationId, interventionId, personal.kind === 'all') : [];
  const actualisations = rows.map(({ actualisation: a, participation: p }) => ({
    id: a.id,
    date: a.date,
    raisedBy: a.raisedBy,
    gender: a.gender,
    decision: a.decision,
    referredTo: a.referredTo,
    version: a.version,
    participation:
      a.participationId && p?.interventionId && mayRead(p.interventionId)
        ? {
            id: a.participationId,
            interventionId: p.interventionId,
            interventionName: p.interventionName ?? '',
            reference: p.reference,
            startDate: p.startDate!,
            exitDate: p.exitDate,
          }
        : null,
  }));
  await auditPersonalDataRead(
    ex,
    actor,
    'participation',
    actualisations.flatMap((a) => (a.participation ? [a.participation.id] : [])),
    associationId,
  );
  return {
    intervention: { id: insats.id, name: insats.name },
    parties: await organisationsOf(ex, associationId),
    rowsShown,
    // Whether the actor may link participations at all (personal-data access somewhere in the förbund).
    linksShown: personal.kind === 'all' || personal.ids.length > 0,
    actualisations,
  };
}
