import { and, eq, sql } from 'drizzle-orm';
import type { CreateTemplateInput, UpdateTemplateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { surveyTemplates } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound, versionConflict } from '../../platform/errors';
import { refuseWordingChanges, wordingChanged } from './template-wording';
import { templateSource } from './template-source';
import { findTemplate, findTemplateByName, insertTemplate, type TemplateRow } from './templates.repository';

const nameTaken = (name: string) => conflict(`Förbundet har redan en enkätmall som heter ${name}.`);

/** The förbund's own copy of a built-in template or of one of its templates (a locked one stays locked). */
export async function createTemplate(tx: Tx, actor: Actor, associationId: string, input: CreateTemplateInput) {
  authorize(actor, 'survey.write', associationId);
  if (await findTemplateByName(tx, associationId, input.name)) throw nameTaken(input.name);
  const source = await templateSource(tx, associationId, input);
  const row = await insertTemplate(tx, {
    associationId,
    name: input.name,
    description: source.description,
    source: source.source,
    basedOn: source.origin,
    locked: source.locked,
    questionnaire: source.questionnaire,
  });
  await writeAudit(tx, actor, {
    action: 'survey_template.create',
    entityType: 'survey_template',
    entityId: row.id,
    associationId,
    details: { name: input.name, basedOn: source.origin },
  });
  return row;
}

async function editable(tx: Tx, actor: Actor, associationId: string, id: string): Promise<TemplateRow> {
  authorize(actor, 'survey.write', associationId);
  const row = await findTemplate(tx, associationId, id);
  if (!row) throw notFound('Mallen');
  return row;
}

async function save(tx: Tx, associationId: string, id: string, version: number, values: Partial<TemplateRow>) {
  const [row] = await tx
    .update(surveyTemplates)
    .set({ ...values, version: sql`${surveyTemplates.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(surveyTemplates.associationId, associationId),
        eq(surveyTemplates.id, id),
        eq(surveyTemplates.version, version),
      ),
    )
    .returning();
  if (!row) throw versionConflict();
  return row;
}

/**
 * Saves a template; each save is a new version (surveys keep the version they were made from). A
 * locked template's wording is its owner's (NNS): any change to it is refused with the list (409).
 */
export async function updateTemplate(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: UpdateTemplateInput,
) {
  const before = await editable(tx, actor, associationId, id);
  if (before.version !== input.version) throw versionConflict();
  if (before.locked)
    refuseWordingChanges(before.questionnaire, input.questionnaire, 'Mallen är låst: formuleringen får inte ändras.');
  const sameName = await findTemplateByName(tx, associationId, input.name);
  if (sameName && sameName.id !== id) throw nameTaken(input.name);
  const { version, ...values } = input;
  const row = await save(tx, associationId, id, version, values);
  await writeAudit(tx, actor, {
    action: 'survey_template.update',
    entityType: 'survey_template',
    entityId: id,
    associationId,
    details: {
      before: { name: before.name, version: before.version },
      after: { name: input.name, version: row.version },
      wordingChanged: wordingChanged(before.questionnaire, input.questionnaire),
    },
  });
  return row;
}

/** Locks a template's wording for good (as NNS's indicator questionnaires are used); there is no unlock. */
export async function lockTemplate(tx: Tx, actor: Actor, associationId: string, id: string, version: number) {
  const before = await editable(tx, actor, associationId, id);
  if (before.locked) return before;
  const row = await save(tx, associationId, id, version, { locked: true });
  await writeAudit(tx, actor, {
    action: 'survey_template.lock',
    entityType: 'survey_template',
    entityId: id,
    associationId,
    details: { name: before.name, version: row.version },
  });
  return row;
}
