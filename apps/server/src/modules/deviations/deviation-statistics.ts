import {
  agreementDeviations,
  DEVIATION_STATUS_SV,
  DEVIATION_TYPE_SV,
  deviationStatistics as computeStatistics,
  interventionScope,
  NO_INTERVENTION,
  OWN_ORGANISATION,
  partiesOf,
  todayIso,
  type Count,
  type InterventionScope,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { findAssociation } from '../organisation/organisation.repository';
import { casesReceived, namesOf } from './deviations.repository';

export const OWN_ORGANISATION_SV = 'Egen organisation';
export const FORUM_SV = 'Forum utan insats';

/** Whole calendar years, by default this year and the one before (the board's two-year view). */
export const defaultYears = () => {
  const year = Number(todayIso().slice(0, 4));
  return { fromYear: year - 1, toYear: year };
};

/**
 * The board's statistics (issue 15 §4), computed by core from facts that hold no text, reporter or
 * contact: the parties, type, status, insats and dates of each case. Deviation cases describe
 * organisations, not people, so the counts are exact (decision 0045). An utvärderare or insatsansvarig
 * counts the cases of assigned insatser only; the förbund and its läsare every case.
 */
export async function deviationStatistics(
  ex: Executor,
  actor: Actor,
  associationId: string,
  years: { fromYear: number; toYear: number },
  audit = true,
  /** Only the cases about these insatser (an insats's self-assessment), within the actor's reach. */
  only?: readonly string[],
) {
  authorize(actor, 'deviation.statistics', associationId);
  const reach = interventionScope(actor.roles, 'deviation.statistics', associationId);
  const scope: InterventionScope = only
    ? { kind: 'some', ids: only.filter((id) => reach.kind === 'all' || reach.ids.includes(id)) }
    : reach;
  const from = `${years.fromYear}-01-01`;
  const to = `${years.toYear}-12-31`;
  const rows = await casesReceived(ex, associationId, scope, from, to);
  const facts = rows.map((r) => ({
    id: r.id,
    receivedOn: r.receivedOn,
    answeredOn: r.answeredOn,
    status: r.status,
    parties: partiesOf(r.memberIds, r.ownOrganisation),
    type: r.type,
    interventionId: r.interventionId,
    resolution: r.resolution,
  }));
  const names = await namesOf(ex, associationId);
  const association = await findAssociation(ex, associationId);
  const memberName = new Map(names.members.map((m) => [m.id, m.name]));
  const interventionName = new Map(names.interventions.map((i) => [i.id, i.name]));
  const partyLabel = (key: string) => (key === OWN_ORGANISATION ? OWN_ORGANISATION_SV : (memberName.get(key) ?? key));
  const insatsLabel = (key: string) => (key === NO_INTERVENTION ? FORUM_SV : (interventionName.get(key) ?? key));
  const label = (counts: Count[], of: (key: string) => string) => counts.map((c) => ({ ...c, label: of(c.key) }));
  const stats = computeStatistics(facts);
  if (audit)
    await writeAudit(ex, actor, {
      action: 'report.deviations',
      entityType: 'report',
      associationId,
      details: { fromYear: years.fromYear, toYear: years.toYear },
    });
  return {
    associationName: association?.name ?? '',
    period: { fromYear: years.fromYear, toYear: years.toYear },
    scope: scope.kind === 'all' ? ('association' as const) : ('interventions' as const),
    ...stats,
    byParty: label(stats.byParty, partyLabel),
    byType: label(stats.byType, (k) => DEVIATION_TYPE_SV[k as keyof typeof DEVIATION_TYPE_SV]),
    byStatus: label(stats.byStatus, (k) => DEVIATION_STATUS_SV[k as keyof typeof DEVIATION_STATUS_SV]),
    byIntervention: label(stats.byIntervention, insatsLabel),
    byMonth: label(stats.byMonth, (k) => k),
    recurring: stats.recurring.map((r) => ({ ...r, partyLabel: partyLabel(r.party) })),
    agreementIndicator: agreementDeviations(facts).map((a) => ({
      ...a,
      interventionName: insatsLabel(a.interventionId ?? NO_INTERVENTION),
    })),
  };
}
export type DeviationStatisticsView = Awaited<ReturnType<typeof deviationStatistics>>;
