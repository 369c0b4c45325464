import { carryOverEvidence } from '../evidence/freeze-evidence';
import {
  canOnEvaluation,
  carryOverActions,
  countingEdition,
  emptyAssessment,
  type CreateAssessmentInput,
  type SelfAssessmentKind,
} from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { findIntervention } from '../interventions/interventions.repository';
import { authorizeAssessment } from './self-assessment-access';
import { effectiveTemplate } from './self-assessment-templates';
import {
  editionsOf,
  editionsOfYearBefore,
  findAssessment,
  insertAssessment,
  lockScopeYear,
} from './self-assessments.repository';

/**
 * Starts the scope's assessment for a year (the förbund: tolvfältaren; an insats: its niofält)
 * from the current template, with the open actions of the latest earlier year carried over.
 */
export async function createSelfAssessment(tx: Tx, actor: Actor, associationId: string, input: CreateAssessmentInput) {
  authorize(actor, 'evaluation.write', associationId);
  const scope = input.interventionId ? [input.interventionId] : [];
  if (input.interventionId && !(await findIntervention(tx, associationId, input.interventionId)))
    throw notFound('Insatsen');
  if (!canOnEvaluation(actor.roles, 'evaluation.write', associationId, scope)) {
    // An insats that is not theirs does not exist for the actor; the förbund's own document is refused.
    if (input.interventionId) throw notFound('Insatsen');
    throw forbidden();
  }
  await lockScopeYear(tx, associationId, input.interventionId, input.year);
  if ((await editionsOf(tx, associationId, input.interventionId, input.year)).length > 0)
    throw conflict(`Det finns redan en självvärdering för ${input.year}. Öppna den eller starta en ny version av den.`);
  const kind: SelfAssessmentKind = input.interventionId ? 'nine' : 'twelve';
  const template = await effectiveTemplate(tx, associationId, kind);
  const before = countingEdition(await editionsOfYearBefore(tx, associationId, input.interventionId, input.year));
  const empty = emptyAssessment(template.fields);
  const fields = before ? carryOverActions(empty, before) : empty;
  const row = await insertAssessment(tx, {
    associationId,
    interventionId: input.interventionId,
    kind,
    year: input.year,
    edition: 1,
    templateId: template.id,
    templateVersion: template.version,
    fields,
  });
  const carried = fields.flatMap((f) => f.questions.flatMap((q) => q.actions)).length;
  await writeAudit(tx, actor, {
    action: 'self_assessment.create',
    entityType: 'self_assessment',
    entityId: row.id,
    associationId,
    details: { kind, year: input.year, interventionId: input.interventionId, carriedActions: carried },
  });
  return row;
}

/** "Starta ny version": a draft copy of a fastställd edition, same scope and year, edition n+1. */
export async function startNewVersion(tx: Tx, actor: Actor, associationId: string, id: string) {
  const from = authorizeAssessment(
    actor,
    'evaluation.write',
    await findAssessment(tx, associationId, id),
    associationId,
  );
  if (from.status !== 'approved') throw conflict('Bara en fastställd självvärdering kan få en ny version.');
  await lockScopeYear(tx, associationId, from.interventionId, from.year);
  const editions = await editionsOf(tx, associationId, from.interventionId, from.year);
  if (editions.some((e) => e.status === 'draft'))
    throw conflict(`Det finns redan ett utkast till en ny version för ${from.year}.`);
  const row = await insertAssessment(tx, {
    associationId,
    interventionId: from.interventionId,
    kind: from.kind,
    year: from.year,
    edition: Math.max(...editions.map((e) => e.edition)) + 1,
    templateId: from.templateId,
    templateVersion: from.templateVersion,
    fields: from.fields,
    basedOnId: from.id,
  });
  await carryOverEvidence(tx, associationId, 'self_assessment', from.id, row.id);
  await writeAudit(tx, actor, {
    action: 'self_assessment.new_version',
    entityType: 'self_assessment',
    entityId: row.id,
    associationId,
    details: { basedOn: from.id, year: from.year, edition: row.edition },
  });
  return row;
}
