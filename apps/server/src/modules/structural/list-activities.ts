import { canInIntervention, OTHER_ORGANISATION, OTHER_ORGANISATION_SV } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { structuralInsats } from './activity-access';
import { activitiesOf, memberNames } from './structural.repository';

/** The organisations an activity may name: the förbund's members, then "Övriga". */
export async function organisationsOf(ex: Executor, associationId: string) {
  const rows = await memberNames(ex, associationId);
  return [...rows.map((m) => ({ id: m.id, name: m.name })), { id: OTHER_ORGANISATION, name: OTHER_ORGANISATION_SV }];
}

/**
 * The activities of a structural insats. Those who record them (the förbund, the insatsansvarig of
 * the insats) see the counts they entered; läsare and utvärderare see what happened and which
 * organisations took part, and read the counts in the protected activity report (decision 0058).
 */
export async function listActivities(ex: Executor, actor: Actor, associationId: string, interventionId: string) {
  const insats = await structuralInsats(ex, actor, 'structural.read', associationId, interventionId);
  const countsShown = canInIntervention(actor.roles, 'structural.write', associationId, interventionId);
  const rows = await activitiesOf(ex, associationId, interventionId);
  return {
    intervention: { id: insats.id, name: insats.name },
    organisations: await organisationsOf(ex, associationId),
    countsShown,
    activities: rows.map((r) => ({
      id: r.id,
      date: r.date,
      kind: r.kind,
      topic: r.topic,
      hours: r.hours,
      note: r.note,
      seriesId: r.seriesId,
      version: r.version,
      organisationIds: r.attendance.map((o) => o.organisationId),
      attendance: countsShown ? r.attendance : [],
    })),
  };
}
