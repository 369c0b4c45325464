import { z } from 'zod';
import { programmeLogicContentSchema } from '@insikt/core';
import { indicatorFulfilmentResponse } from '../indicators/indicators.responses';
import { yearlyDocumentMeta } from '../yearly-documents/yearly-documents.responses';

export const programmeLogicSummary = z.object(yearlyDocumentMeta).meta({ id: 'ProgrammeLogicSummary' });

export const programmeLogic = z
  .object({
    ...yearlyDocumentMeta,
    content: programmeLogicContentSchema,
    fulfilment: indicatorFulfilmentResponse,
  })
  .meta({ id: 'ProgrammeLogic' });
