import { BUILT_IN_SURVEY_TEMPLATES, builtInSurveyTemplate, type BuiltInSurveyTemplate } from '@insikt/core';

/** The built-in templates (core's registry, issue 14 §1), as the survey module lists and copies them. */
export const builtInTemplates = (): readonly BuiltInSurveyTemplate[] => BUILT_IN_SURVEY_TEMPLATES;
export const findBuiltIn = (key: string) => builtInSurveyTemplate(key);
