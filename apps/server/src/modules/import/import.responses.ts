import { z } from 'zod';
import { fileResponse } from '../../platform/api-schemas';

export const importResult = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** The insatser the rows go to, per förbund; `isNew` when the import creates it. */
    interventions: z.array(
      z.object({ association: z.string(), name: z.string(), isNew: z.boolean(), rows: z.number().int() }),
    ),
    /** Every error of the file: row, column, value and a Swedish message. */
    errors: z.array(
      z
        .object({ row: z.number().int(), column: z.string(), value: z.string(), message: z.string() })
        .meta({ id: 'ImportIssue' }),
    ),
    errorCount: z.number().int(),
    ignoredColumns: z.array(z.string()),
    /** Rows of the template's example (deltagar_id EXEMPEL), skipped: at most as many as errors are listed. */
    exampleRows: z.array(z.number().int()),
  })
  .meta({ id: 'ImportResult' });

export const templateResponse = fileResponse('Importmallen', ['xlsx', 'csv']);
