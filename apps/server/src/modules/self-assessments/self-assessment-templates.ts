import {
  BUILT_IN_TEMPLATE_VERSION,
  builtInTemplate,
  normaliseTemplate,
  SELF_ASSESSMENT_KINDS,
  type SelfAssessmentKind,
  type TemplateField,
  type TemplateInput,
} from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors';
import { findTemplate, insertTemplate, updateTemplate } from './self-assessments.repository';

export interface EffectiveTemplate {
  kind: SelfAssessmentKind;
  /** Null: the built-in template, which the förbund has not copied. */
  id: string | null;
  version: number;
  fields: TemplateField[];
}

/** The template a new assessment of `kind` copies: the förbund's own when it has one, else the built-in. */
export async function effectiveTemplate(
  ex: Executor,
  associationId: string,
  kind: SelfAssessmentKind,
): Promise<EffectiveTemplate> {
  const own = await findTemplate(ex, associationId, kind);
  if (own) return { kind, id: own.id, version: own.version, fields: own.fields };
  return { kind, id: null, version: BUILT_IN_TEMPLATE_VERSION, fields: builtInTemplate(kind) };
}

export async function listTemplates(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'evaluation.read', associationId);
  return Promise.all(SELF_ASSESSMENT_KINDS.map((kind) => effectiveTemplate(ex, associationId, kind)));
}

/** The förbund's editable copy of the built-in template (one per model). */
export async function copyTemplate(tx: Tx, actor: Actor, associationId: string, kind: SelfAssessmentKind) {
  authorize(actor, 'association.update', associationId);
  if (await findTemplate(tx, associationId, kind)) throw conflict('Förbundet har redan en egen kopia av mallen.');
  const row = await insertTemplate(tx, associationId, kind, builtInTemplate(kind));
  await writeAudit(tx, actor, {
    action: 'self_assessment_template.create',
    entityType: 'self_assessment_template',
    entityId: row.id,
    associationId,
    details: { kind },
  });
  return { kind, id: row.id, version: row.version, fields: row.fields };
}

/** Changes the förbund's copy; its version goes up by one, which new assessments record. */
export async function saveTemplate(
  tx: Tx,
  actor: Actor,
  associationId: string,
  kind: SelfAssessmentKind,
  input: TemplateInput,
) {
  authorize(actor, 'association.update', associationId);
  const own = await findTemplate(tx, associationId, kind);
  if (!own) throw notFound('Förbundets kopia av mallen');
  const checked = normaliseTemplate(kind, input.fields, own.fields);
  if (!checked.ok) throw invalid([{ field: 'fields', message: checked.message }], checked.message);
  const row = await updateTemplate(tx, own.id, input.version, checked.fields);
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'self_assessment_template.update',
    entityType: 'self_assessment_template',
    entityId: row.id,
    associationId,
    details: { kind, version: row.version },
  });
  return { kind, id: row.id, version: row.version, fields: row.fields };
}
