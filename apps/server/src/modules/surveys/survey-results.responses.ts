import { z } from 'zod';
import {
  COMPOSITE_COMBINATIONS,
  compositeConditionSchema,
  idSchema,
  localizedTextSchema,
  RESPONDENT_GROUPS,
  surveyResultsSchema,
  surveySplitSchema,
  versionSchema,
} from '@insikt/core';
import { fileResponse, timestamp } from '../../platform/api-schemas';

const isoDate = z.string().meta({ format: 'date' });

const results = surveyResultsSchema.meta({ id: 'SurveyResultSet' });

/** The results of a survey as the results page shows them: the total, and the columns of a split. */
export const surveyResultsView = z
  .object({
    survey: z.object({ id: idSchema, name: z.string(), title: localizedTextSchema }),
    distributions: z.array(
      z.object({
        id: idSchema,
        respondentGroup: z.enum(RESPONDENT_GROUPS),
        interventionIds: z.array(idSchema),
        opensOn: isoDate,
        closesOn: isoDate,
        year: z.number().int(),
        invitedCount: z.number().int().nullable(),
      }),
    ),
    interventions: z.array(z.object({ id: idSchema, name: z.string() })),
    split: surveySplitSchema.nullable(),
    total: results,
    columns: z.array(z.object({ key: z.string(), label: z.string().nullable(), results })),
  })
  .meta({ id: 'SurveyResults' });

/** JSON by default; the same results as an Excel workbook or a PDF for the board by `format`. */
export const surveyResultsResponse = fileResponse('Enkätens resultat', ['xlsx', 'pdf'], surveyResultsView);

export const surveyComposite = z
  .object({
    id: idSchema,
    surveyId: idSchema,
    name: localizedTextSchema,
    combine: z.enum(COMPOSITE_COMBINATIONS),
    conditions: z.array(compositeConditionSchema),
    /** The rule in words, as it stands beside the figure. */
    definition: z.string(),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'SurveyComposite' });
export const surveyCompositeList = z.array(surveyComposite).meta({ id: 'SurveyCompositeList' });
