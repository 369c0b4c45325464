import {
  activityReport as computeReport,
  actualisationReport,
  DEFAULT_SUPPRESSION_THRESHOLD,
  interventionScope,
  MAX_COUNT_NOISE,
  needsSuppression,
  OTHER_ORGANISATION,
  OTHER_ORGANISATION_SV,
  todayIso,
  type ReleasedActualisations,
  type ReleasedTotals,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { findAssociation } from '../organisation/organisation.repository';
import { structuralInsats } from './activity-access';
import { organisationsOf } from './list-activities';
import { keyedActualisations } from './actualisations.repository';
import { keyedActivities, structuralInterventions } from './structural.repository';

export interface ActivityReportQuery {
  interventionId?: string | undefined;
  fromYear: number;
  toYear: number;
  /** The version for publication: protected whoever asks. */
  suppress?: boolean | undefined;
}

/** Whole calendar years, by default this year and the one before (the board's two-year view). */
export const defaultYears = () => {
  const year = Number(todayIso().slice(0, 4));
  return { fromYear: year - 1, toYear: year };
};

/**
 * The activity report of one structural insats or of all the förbund's structural insatser the
 * actor reads (issue 17 §4). Counts of people go through core's cell key method for every role
 * without personal-data access, for publication and for every file (decision 0015, 0058); the
 * periods are whole calendar years, so every cell is a fixed set of records.
 */
export async function activityReport(
  ex: Executor,
  actor: Actor,
  associationId: string,
  query: ActivityReportQuery,
  disclosure: Disclosure,
  options: { forFile: boolean } = { forFile: false },
) {
  authorize(actor, 'structural.read', associationId);
  const scope = interventionScope(actor.roles, 'structural.read', associationId);
  const insatser = query.interventionId
    ? [await structuralInsats(ex, actor, 'structural.read', associationId, query.interventionId)]
    : await structuralInterventions(ex, associationId, scope);
  const protect =
    options.forFile || query.suppress === true || (!actor.operator && needsSuppression(actor.roles, associationId));
  const activities = await keyedActivities(
    ex,
    associationId,
    insatser.map((i) => i.id),
    `${query.fromYear}-01-01`,
    `${query.toYear}-12-31`,
    protect ? disclosure.recordKeySeed : undefined,
  );
  const threshold = protect ? DEFAULT_SUPPRESSION_THRESHOLD : null;
  const report = computeReport(activities, query, threshold);
  // Aktualiseringar are counts of people too: the same records' keys, the same protection (decision 0061).
  const raised = actualisationReport(
    await keyedActualisations(ex, associationId, {
      interventionIds: insatser.map((i) => i.id),
      from: `${query.fromYear}-01-01`,
      to: `${query.toYear}-12-31`,
      seed: protect ? disclosure.recordKeySeed : undefined,
    }),
    query,
    threshold,
  );
  const organisations = await organisationsOf(ex, associationId);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const order = new Map(organisations.map((o, i) => [o.id, i]));
  const insatsName = new Map(insatser.map((i) => [i.id, i.name]));
  // Members in the förbund's order, "Övriga" last; a member removed since keeps its figures.
  const label = (id: string) =>
    id === OTHER_ORGANISATION ? OTHER_ORGANISATION_SV : (orgName.get(id) ?? 'Borttagen medlem');
  const byOrder = (a: string, b: string) => (order.get(a) ?? 999) - (order.get(b) ?? 999);
  const labelled = (t: ReleasedTotals) => ({
    ...t,
    byOrganisation: t.byOrganisation
      .map((o) => ({ ...o, label: label(o.organisationId) }))
      .sort((a, b) => byOrder(a.organisationId, b.organisationId)),
  });
  const parties = (s: ReleasedActualisations) => ({
    ...s,
    byParty: s.byParty.map((p) => ({ ...p, label: label(p.raisedBy) })).sort((a, b) => byOrder(a.raisedBy, b.raisedBy)),
  });
  await writeAudit(ex, actor, {
    action: 'report.structural',
    entityType: 'report',
    associationId,
    details: { interventionId: query.interventionId ?? null, fromYear: query.fromYear, toYear: query.toYear, protect },
  });
  const association = await findAssociation(ex, associationId);
  return {
    associationName: association?.name ?? '',
    intervention: query.interventionId ? { id: insatser[0]!.id, name: insatser[0]!.name } : null,
    interventions: insatser.map((i) => ({ id: i.id, name: i.name })),
    period: { fromYear: query.fromYear, toYear: query.toYear },
    scope: scope.kind === 'all' ? ('association' as const) : ('interventions' as const),
    protection: protect
      ? { method: 'cell_key' as const, threshold: DEFAULT_SUPPRESSION_THRESHOLD, maxNoise: MAX_COUNT_NOISE }
      : null,
    years: report.years.map((y) => ({ year: y.year, totals: labelled(y.totals) })),
    total: labelled(report.total),
    steeringMeetings: report.steeringMeetings.map((s) => ({
      ...s,
      interventionName: insatsName.get(s.interventionId) ?? '',
    })),
    actualisations: {
      years: raised.years.map((y) => ({ year: y.year, summary: parties(y.summary) })),
      total: parties(raised.total),
    },
  };
}
export type ActivityReportView = Awaited<ReturnType<typeof activityReport>>;
