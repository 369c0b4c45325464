import { z } from 'zod';
import { ACTION_STATUSES, DOCUMENT_STATUSES, idSchema, SELF_ASSESSMENT_KINDS, versionSchema } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

// What is stored, with core's code lists but not its input rules (decision 0021).
const isoDate = z.string().meta({ format: 'date' });
const kind = z.enum(SELF_ASSESSMENT_KINDS);
const status = z.enum(DOCUMENT_STATUSES);

const templateQuestion = { key: z.string(), text: z.string(), help: z.string() };

export const selfAssessmentTemplate = z
  .object({
    kind,
    id: idSchema.nullable().meta({ description: 'Null: den inbyggda mallen.' }),
    version: versionSchema,
    fields: z.array(z.object({ number: z.number().int(), questions: z.array(z.object(templateQuestion)) })),
  })
  .meta({ id: 'SelfAssessmentTemplate' });
export const selfAssessmentTemplates = z.array(selfAssessmentTemplate);

export const selfAssessmentAction = z
  .object({
    id: z.string(),
    what: z.string(),
    who: z.string(),
    due: isoDate.nullable(),
    status: z.enum(ACTION_STATUSES),
    carriedFrom: z.object({ assessmentId: idSchema, year: z.number().int() }).nullable(),
  })
  .meta({ id: 'SelfAssessmentAction' });

export const selfAssessmentField = z
  .object({
    number: z.number().int(),
    questions: z.array(
      z.object({
        ...templateQuestion,
        assessment: z.string(),
        rating: z.number().int().nullable(),
        actions: z.array(selfAssessmentAction),
      }),
    ),
  })
  .meta({ id: 'SelfAssessmentField' });

const summaryFields = {
  id: idSchema,
  interventionId: idSchema.nullable(),
  interventionName: z.string().nullable(),
  kind,
  year: z.number().int(),
  edition: z.number().int(),
  status,
  approvedAt: timestamp.nullable(),
  decisionReference: z.string().nullable(),
  version: versionSchema,
};
export const selfAssessmentSummary = z.object(summaryFields).meta({ id: 'SelfAssessmentSummary' });
export const selfAssessmentList = z.array(selfAssessmentSummary);

const fullFields = {
  ...summaryFields,
  associationId: idSchema,
  templateId: idSchema.nullable(),
  templateVersion: z.number().int(),
  basedOnId: idSchema.nullable(),
  approvedByName: z.string().nullable(),
  fields: z.array(selfAssessmentField),
  createdAt: timestamp,
  updatedAt: timestamp,
};
export const selfAssessmentHistory = z.array(z.object(fullFields).meta({ id: 'SelfAssessmentYear' }));
export const selfAssessment = z
  .object({
    ...fullFields,
    editions: z.array(z.object({ id: idSchema, edition: z.number().int(), status })),
  })
  .meta({ id: 'SelfAssessment' });

export const niofaltOverview = z
  .object({
    year: z.number().int(),
    interventions: z.array(
      z.object({
        interventionId: idSchema,
        name: z.string(),
        status: z.enum(['approved', 'draft', 'none']),
        assessmentId: idSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'NiofaltOverview' });
