import { questionnaireSchema, type Questionnaire } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { notFound } from '../../platform/errors';
import type { SurveyOrigin } from './surveys.schema';
import { findBuiltIn } from './built-in-templates';
import { findTemplate } from './templates.repository';

export interface TemplateSource {
  questionnaire: Questionnaire;
  origin: SurveyOrigin;
  /** A copy of a locked template stays locked: the wording is still its owner's. */
  locked: boolean;
  description: string;
  source: string;
}

/** The template a new template or survey starts from: a built-in (by key) or one of the förbund's own. */
export async function templateSource(
  ex: Executor,
  associationId: string,
  from: { fromBuiltIn?: string; fromTemplateId?: string },
): Promise<TemplateSource> {
  if (from.fromBuiltIn !== undefined) {
    const builtIn = findBuiltIn(from.fromBuiltIn);
    if (!builtIn) throw notFound('Den inbyggda mallen');
    return {
      // Parsed, so the stored copy holds every default (required, positive set) explicitly.
      questionnaire: questionnaireSchema.parse(builtIn.questionnaire),
      origin: { builtIn: builtIn.key, version: builtIn.version },
      locked: false,
      description: builtIn.description.sv,
      source: builtIn.source,
    };
  }
  const template = await findTemplate(ex, associationId, from.fromTemplateId ?? '');
  if (!template) throw notFound('Mallen');
  return {
    questionnaire: template.questionnaire,
    origin: { templateId: template.id, version: template.version },
    locked: template.locked,
    description: template.description,
    source: template.source,
  };
}
