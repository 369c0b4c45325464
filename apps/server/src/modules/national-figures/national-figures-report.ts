import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  MAX_COUNT_NOISE,
  needsSuppression,
  releasedIndividualYearFigures,
  releasedStructuralYearFigures,
  type NationalFileRow,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import type { Disclosure } from '../../platform/disclosure';
import { findAssociation } from '../organisation/organisation.repository';
import { organisationsOf } from '../structural/list-activities';
import { keyedActivities } from '../structural/structural.repository';
import { insatserOfYear, participationsOfYear } from './national-figures.repository';

export interface NationalFiguresQuery {
  year: number;
  /** The version for publication: protected whoever asks. */
  suppress: boolean;
  /** What is sent, for the audit log: the screen (json) or a file. */
  format: 'json' | 'xlsx' | 'csv';
}

/**
 * The counts a förbund reports nationally for a year, per insats (issue 17 §5, decision 0063).
 * Exact only for roles with personal-data access to every participation of the förbund (its
 * administrator: the working file for its own reporting); everyone else, and publication, gets
 * them through core's cell key method. A whole calendar year is a fixed set of records.
 */
export async function nationalFigures(
  ex: Executor,
  actor: Actor,
  associationId: string,
  query: NationalFiguresQuery,
  disclosure: Disclosure,
) {
  authorize(actor, 'national_figures.read', associationId);
  const protect = query.suppress || (!actor.operator && needsSuppression(actor.roles, associationId));
  const threshold = protect ? DEFAULT_SUPPRESSION_THRESHOLD : null;
  const seed = protect ? disclosure.recordKeySeed : undefined;
  const { year } = query;
  const insatser = await insatserOfYear(ex, associationId, year);
  const participations = await participationsOfYear(ex, associationId, year, seed);
  const structuralIds = insatser.filter((i) => i.kind === 'structural').map((i) => i.id);
  const activities = await keyedActivities(ex, associationId, structuralIds, `${year}-01-01`, `${year}-12-31`, seed);
  const organisations = await organisationsOf(ex, associationId);
  const position = (id: string) => {
    const i = organisations.findIndex((o) => o.id === id);
    return i < 0 ? organisations.length : i;
  };
  await writeAudit(ex, actor, {
    action: 'report.national_figures',
    entityType: 'report',
    associationId,
    details: { year, protect, format: query.format },
  });
  const association = await findAssociation(ex, associationId);
  return {
    associationName: association?.name ?? '',
    year,
    protection: protect
      ? { method: 'cell_key' as const, threshold: DEFAULT_SUPPRESSION_THRESHOLD, maxNoise: MAX_COUNT_NOISE }
      : null,
    individual: insatser
      .filter((i) => i.kind === 'individual')
      .map((i) => ({
        id: i.id,
        name: i.name,
        figures: releasedIndividualYearFigures(
          participations.filter((p) => p.interventionId === i.id),
          year,
          threshold,
        ),
      })),
    structural: insatser
      .filter((i) => i.kind === 'structural')
      .map((i) => {
        const f = releasedStructuralYearFigures(
          activities.filter((a) => a.interventionId === i.id),
          year,
          threshold,
        );
        // Members in the förbund's order, "Övriga" last; a member removed since keeps its figures.
        const byOrganisation = f.byOrganisation
          .map((o) => ({
            ...o,
            label: organisations.find((m) => m.id === o.organisationId)?.name ?? 'Borttagen medlem',
          }))
          .sort((a, b) => position(a.organisationId) - position(b.organisationId));
        return { id: i.id, name: i.name, ...f, byOrganisation };
      }),
  };
}
export type NationalFiguresView = Awaited<ReturnType<typeof nationalFigures>>;

/** The view as the national file's rows: one per individual insats, per structural insats and organisation. */
export function nationalFileRows(view: NationalFiguresView): NationalFileRow[] {
  return [
    ...view.individual.map((i) => ({ kind: 'individual' as const, insats: i.name, figures: i.figures })),
    ...view.structural.flatMap((s) => [
      {
        kind: 'structural' as const,
        insats: s.name,
        organisation: 'Samtliga organisationer',
        activities: s.activities,
        participants: s.participants,
      },
      ...s.byOrganisation.map((o) => ({
        kind: 'structural' as const,
        insats: s.name,
        organisation: o.label,
        activities: o.activities,
        participants: o.participants,
      })),
    ]),
  ];
}
