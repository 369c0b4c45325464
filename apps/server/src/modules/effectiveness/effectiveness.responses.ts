import { z } from 'zod';
import { EFFECTIVENESS_TYPES, effectivenessContentSchema } from '@insikt/core';
import { yearlyDocumentMeta } from '../yearly-documents/yearly-documents.responses';

export const effectivenessAssessment = z
  .object({
    ...yearlyDocumentMeta,
    content: effectivenessContentSchema,
    result: z.object({
      type: z.enum(EFFECTIVENESS_TYPES),
      approximate: z.boolean().meta({ description: '"Snarast": en av bedömningarna är "delvis".' }),
    }),
  })
  .meta({ id: 'EffectivenessAssessment' });
