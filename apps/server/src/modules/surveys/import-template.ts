import { questionnaireFromRows, templateFromJson, type Questionnaire, type TemplateRow } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { refuseControlCharacters } from '../../platform/control-characters';
import { conflict, invalid } from '../../platform/errors';
import { findTemplateByName, insertTemplate } from './templates.repository';

interface Imported {
  name: string;
  description: string;
  source: string;
  locked: boolean;
  questionnaire: Questionnaire;
  file: 'json' | 'excel';
}

async function store(tx: Tx, actor: Actor, associationId: string, t: Imported) {
  // A file is not a parsed JSON body, so the app-wide check has not seen it: NUL or half a surrogate
  // pair would reach jsonb and fail there (500) instead of being named here.
  refuseControlCharacters(t);
  if (await findTemplateByName(tx, associationId, t.name))
    throw conflict(`Förbundet har redan en enkätmall som heter ${t.name}. Ange ett annat namn.`);
  const row = await insertTemplate(tx, {
    associationId,
    name: t.name,
    description: t.description,
    source: t.source,
    basedOn: { file: t.file },
    locked: t.locked,
    questionnaire: t.questionnaire,
  });
  await writeAudit(tx, actor, {
    action: 'survey_template.import',
    entityType: 'survey_template',
    entityId: row.id,
    associationId,
    details: { name: t.name, file: t.file, locked: t.locked, source: t.source },
  });
  return row;
}

/** A template from core's JSON file format, all or nothing; `name` renames it on the way in. */
export async function importTemplateJson(tx: Tx, actor: Actor, associationId: string, text: string, name?: string) {
  authorize(actor, 'survey.write', associationId);
  const result = templateFromJson(text);
  if (!result.ok)
    throw invalid(
      result.errors.map((message) => ({ field: 'fil', message })),
      `Mallen kunde inte läsas: ${result.errors[0]}`,
    );
  const { template } = result;
  return store(tx, actor, associationId, {
    name: name ?? template.name,
    description: template.description ?? '',
    source: template.source ?? '',
    locked: template.locked,
    questionnaire: template.questionnaire,
    file: 'json',
  });
}

export interface SheetImport {
  name: string;
  source: string;
  locked: boolean;
}

/** A template from a sheet with one question per row (NNS's format), all or nothing. */
export async function importTemplateRows(
  tx: Tx,
  actor: Actor,
  associationId: string,
  rows: TemplateRow[],
  meta: SheetImport,
) {
  authorize(actor, 'survey.write', associationId);
  const result = questionnaireFromRows(rows, { title: { sv: meta.name } });
  if (!result.ok)
    throw invalid(
      result.problems.map((p) => ({ field: `rad ${p.row}.${p.column}`, message: p.message, value: p.value })),
      `Mallen kunde inte läsas (${result.problems.length} fel): ${result.problems[0]!.message}`,
    );
  return store(tx, actor, associationId, {
    ...meta,
    description: '',
    questionnaire: result.questionnaire,
    file: 'excel',
  });
}
