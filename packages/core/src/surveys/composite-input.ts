import { z } from 'zod';
import { versionSchema } from '../schemas';
import { COMPOSITE_COMBINATIONS, compositeConditionSchema } from './composite';
import { localizedTextSchema } from './model';

/**
 * A composite indicator as staff save it on a survey (issue 14 §4, decision 0037): its name, any/all
 * and the conditions. The survey's questions are checked by `compositeProblems` when it is saved.
 */
export const compositeInput = z
  .object({
    name: localizedTextSchema,
    combine: z.enum(COMPOSITE_COMBINATIONS),
    conditions: z.array(compositeConditionSchema).min(1).max(20),
  })
  .strict();
export type CompositeInput = z.infer<typeof compositeInput>;

export const compositeUpdateInput = compositeInput.extend({ version: versionSchema }).strict();
export type CompositeUpdateInput = z.infer<typeof compositeUpdateInput>;
