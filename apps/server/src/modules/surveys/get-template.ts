import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import { builtInTemplates } from './built-in-templates';
import { findTemplate, listTemplates, type TemplateRow } from './templates.repository';

const templateView = (row: TemplateRow) => {
  const { associationId: _association, questionnaire, ...rest } = row;
  return { ...rest, kind: questionnaire.kind };
};

/** The built-in templates and the förbund's own (templates name no one: every survey reader may see them). */
export async function listTemplatesFor(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'survey.read', associationId);
  return {
    builtIn: builtInTemplates().map((t) => ({ ...t, kind: t.questionnaire.kind })),
    own: (await listTemplates(ex, associationId)).map(templateView),
  };
}

export async function getTemplate(ex: Executor, actor: Actor, associationId: string, id: string) {
  authorize(actor, 'survey.read', associationId);
  const row = await findTemplate(ex, associationId, id);
  if (!row) throw notFound('Mallen');
  return { ...templateView(row), questionnaire: row.questionnaire };
}
