import { applyFieldAnswers, type FieldAnswersInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { invalid, notFound, versionConflict } from '../../platform/errors';
import { editableDraft } from './self-assessment-access';
import { updateDraft } from './self-assessments.repository';

/** Saves one field's assessments, ratings and actions of a draft; a stale version is a 409. */
export async function saveSelfAssessmentField(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  fieldNumber: number,
  input: FieldAnswersInput,
) {
  const row = await editableDraft(tx, actor, 'evaluation.write', associationId, id);
  const index = row.fields.findIndex((f) => f.number === fieldNumber);
  if (index < 0) throw notFound(`Fält ${fieldNumber}`);
  const applied = applyFieldAnswers(row.fields[index]!, input.questions);
  if (!applied.ok) throw invalid([{ field: 'questions', message: applied.message }], applied.message);
  const fields = row.fields.map((f, i) => (i === index ? applied.field : f));
  const saved = await updateDraft(tx, associationId, id, input.version, { fields });
  if (!saved) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'self_assessment.update',
    entityType: 'self_assessment',
    entityId: id,
    associationId,
    details: { field: fieldNumber, year: row.year, edition: row.edition },
  });
  return saved;
}
