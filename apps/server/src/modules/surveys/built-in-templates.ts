import type { Questionnaire, RespondentGroup } from '@insikt/core';

/** A built-in template as the survey module uses it (core's registry, issue 14 §1). */
export interface BuiltInTemplate {
  key: string;
  version: number;
  name: string;
  description: string;
  respondentGroup: RespondentGroup;
  source: string;
  questionnaire: Questionnaire;
}

const REGISTRY: BuiltInTemplate[] = [];

export const builtInTemplates = (): readonly BuiltInTemplate[] => REGISTRY;
export const findBuiltIn = (key: string) => REGISTRY.find((t) => t.key === key);
