import { countingEdition, coverageStatus } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { personNameFor, authorize } from '../../platform/access-control';
import { authorizeAssessment, canSee } from './self-assessment-access';
import {
  findAssessment,
  interventionNames,
  listAssessments,
  type SelfAssessmentRecord,
} from './self-assessments.repository';

const summary = (row: SelfAssessmentRecord) => ({
  id: row.id,
  interventionId: row.interventionId,
  interventionName: row.interventionName,
  kind: row.kind,
  year: row.year,
  edition: row.edition,
  status: row.status,
  approvedAt: row.approvedAt,
  decisionReference: row.decisionReference,
  version: row.version,
});

/**
 * The fields as `actor` may see them: an action's "vem" names people, so a role that may not see the
 * förbund's people (the national reader) gets it blank, here and so in every export built from it.
 */
const fieldsFor = (actor: Actor, row: SelfAssessmentRecord) =>
  row.fields.map((f) => ({
    ...f,
    questions: f.questions.map((q) => ({
      ...q,
      actions: q.actions.map((a) => ({ ...a, who: personNameFor(actor, row.associationId, a.who) ?? '' })),
    })),
  }));

/**
 * The whole edition as the API describes it to `actor` (the serializer refuses anything more, e.g.
 * approvedBy); who fastställde it, and who is to carry out each action, only for those who may see
 * the förbund's people.
 */
export const fullAssessment = (actor: Actor, row: SelfAssessmentRecord) => ({
  ...summary(row),
  associationId: row.associationId,
  templateId: row.templateId,
  templateVersion: row.templateVersion,
  basedOnId: row.basedOnId,
  approvedByName: personNameFor(actor, row.associationId, row.approvedByName),
  fields: fieldsFor(actor, row),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** One edition with its questions and answers, and the other editions of its scope and year the actor may see. */
export async function getSelfAssessment(ex: Executor, actor: Actor, associationId: string, id: string) {
  const row = authorizeAssessment(actor, 'evaluation.read', await findAssessment(ex, associationId, id), associationId);
  const siblings = await listAssessments(ex, associationId, { year: row.year, interventionId: row.interventionId });
  return {
    ...fullAssessment(actor, row as SelfAssessmentRecord),
    editions: siblings.filter((s) => canSee(actor, s)).map((s) => ({ id: s.id, edition: s.edition, status: s.status })),
  };
}

/** Every edition the actor may see in the förbund, optionally of one year. */
export async function listSelfAssessments(ex: Executor, actor: Actor, associationId: string, year?: number) {
  authorize(actor, 'evaluation.read', associationId);
  const rows = await listAssessments(ex, associationId, { year });
  return rows.filter((r) => canSee(actor, r)).map(summary);
}

/**
 * Year over year for one scope (the förbund's tolvfältaren, or an insats's niofält): per year the
 * edition that counts among those the actor may see, whole, oldest year first.
 */
export async function selfAssessmentHistory(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string | null,
) {
  authorize(actor, 'evaluation.read', associationId);
  const rows = (await listAssessments(ex, associationId, { interventionId })).filter((r) => canSee(actor, r));
  const years = [...new Set(rows.map((r) => r.year))];
  return years.map((year) => fullAssessment(actor, countingEdition(rows.filter((r) => r.year === year))!));
}

/**
 * The förbund overview for a year: every insats of the förbund (fastställda niofält are read
 * förbund-wide), with whether its niofält is fastställd, an utkast or missing (drafts count only
 * for those who may see them).
 */
export async function niofaltOverview(ex: Executor, actor: Actor, associationId: string, year: number) {
  authorize(actor, 'evaluation.read', associationId);
  const reachable = await interventionNames(ex, associationId);
  const rows = (await listAssessments(ex, associationId, { year })).filter((r) => r.interventionId && canSee(actor, r));
  return {
    year,
    interventions: reachable.map((i) => {
      const editions = rows.filter((r) => r.interventionId === i.id);
      return {
        interventionId: i.id,
        name: i.name,
        status: coverageStatus(editions),
        assessmentId: countingEdition(editions)?.id ?? null,
      };
    }),
  };
}
