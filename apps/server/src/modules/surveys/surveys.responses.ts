import { z } from 'zod';
import {
  DISTRIBUTION_STATUSES,
  idSchema,
  localizedTextSchema,
  QUESTIONNAIRE_KINDS,
  questionnaireSchema,
  RESPONDENT_GROUPS,
  sectionSchema,
  SURVEY_LANGUAGES,
  versionSchema,
} from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

const isoDate = z.string().meta({ format: 'date' });

export const surveyOrigin = z
  .union([
    z.object({ builtIn: z.string(), version: z.number().int() }),
    z.object({ templateId: idSchema, version: z.number().int() }),
    z.object({ file: z.enum(['json', 'excel']) }),
  ])
  .meta({ id: 'SurveyOrigin' });

export const builtInTemplateItem = z
  .object({
    key: z.string(),
    version: z.number().int(),
    name: localizedTextSchema,
    description: localizedTextSchema,
    respondentGroup: z.enum(RESPONDENT_GROUPS),
    source: z.string(),
    kind: z.enum(QUESTIONNAIRE_KINDS),
    questionnaire: questionnaireSchema,
  })
  .meta({ id: 'BuiltInSurveyTemplate' });

const templateFields = {
  id: idSchema,
  name: z.string(),
  description: z.string(),
  source: z.string(),
  basedOn: surveyOrigin.nullable(),
  locked: z.boolean(),
  kind: z.enum(QUESTIONNAIRE_KINDS),
  version: versionSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
};
export const templateListItem = z.object(templateFields).meta({ id: 'SurveyTemplateListItem' });
export const surveyTemplate = z
  .object({ ...templateFields, questionnaire: questionnaireSchema })
  .meta({ id: 'SurveyTemplate' });
export const templateList = z
  .object({ builtIn: z.array(builtInTemplateItem), own: z.array(templateListItem) })
  .meta({ id: 'SurveyTemplateList' });

export const distribution = z
  .object({
    id: idSchema,
    surveyId: idSchema,
    respondentGroup: z.enum(RESPONDENT_GROUPS),
    interventionIds: z.array(idSchema),
    opensOn: isoDate,
    closesOn: isoDate,
    invitedCount: z.number().int().nullable(),
    usesCodes: z.boolean(),
    closedEarly: z.boolean(),
    status: z.enum(DISTRIBUTION_STATUSES),
    responses: z.number().int().nullable().meta({
      description:
        'Antal svar, skyddat med cellnyckelmetoden: null = färre än tröskeln (men minst ett), annars ±2 (beslut 0015, 0035).',
    }),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'SurveyDistribution' });

const surveyFields = {
  id: idSchema,
  name: z.string(),
  interventionIds: z.array(idSchema),
  origin: surveyOrigin,
  locked: z.boolean(),
  kind: z.enum(QUESTIONNAIRE_KINDS),
  title: localizedTextSchema,
  version: versionSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  distributions: z.array(distribution),
};
export const surveyListItem = z.object(surveyFields).meta({ id: 'SurveyListItem' });
export const surveyList = z.array(surveyListItem);
export const survey = z
  .object({
    ...surveyFields,
    questionnaire: questionnaireSchema,
    /** The wording can still change: not locked and no answers yet. */
    wordingEditable: z.boolean(),
  })
  .meta({ id: 'Survey' });

export const surveyLink = z
  .object({
    id: idSchema,
    interventionId: idSchema.nullable(),
    interventionName: z.string().nullable(),
    token: z.string(),
    url: z.string().meta({ description: 'Den publika adressen till svarssidan (för länk och QR-kod).' }),
  })
  .meta({ id: 'SurveyLink' });
export const surveyLinks = z.array(surveyLink);

const problem = z.object({ questionId: z.string(), message: z.string() });
/** 422: the answers as sent could not be stored; each problem names its question. */
export const answerProblems = z
  .object({
    error: z.object({ code: z.literal('answers_rejected'), message: z.string() }),
    problems: z.array(problem),
  })
  .meta({ id: 'SurveyAnswerProblems' });

export const publicSurvey = z
  .object({
    kind: z.enum(QUESTIONNAIRE_KINDS),
    title: localizedTextSchema,
    intro: localizedTextSchema.nullable(),
    thanks: localizedTextSchema.nullable(),
    sections: z.array(sectionSchema),
    language: z.enum(SURVEY_LANGUAGES),
    languages: z.array(z.enum(SURVEY_LANGUAGES)),
    status: z.enum(DISTRIBUTION_STATUSES),
    opensOn: isoDate,
    closesOn: isoDate,
    needsCode: z.boolean(),
  })
  .meta({ id: 'PublicSurvey' });

export const publicThanks = z.object({ thanks: z.string() }).meta({ id: 'PublicSurveyThanks' });
