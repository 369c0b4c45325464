import { z } from 'zod';
import { DOCUMENT_STATUSES, idSchema } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

/** What every yearly document answers with besides its content: its year, revision and lifecycle. */
export const yearlyDocumentMeta = {
  id: idSchema,
  associationId: idSchema,
  year: z.number().int(),
  revision: z.number().int(),
  status: z.enum(DOCUMENT_STATUSES),
  approvedAt: timestamp.nullable(),
  approvedByName: z.string().nullable(),
  decisionReference: z.string().nullable(),
  version: z.number().int(),
  updatedAt: timestamp,
};
