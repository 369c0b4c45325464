import { z } from 'zod';
import { isoDateSchema } from '../../dates';
import { idSchema, versionSchema } from '../../schemas';
import {
  COLLABORATION_FORMS,
  DECISION_OUTCOMES,
  GAP_TYPES,
  IMPLEMENTATION_BARRIERS,
  IMPLEMENTATION_STATUSES,
  INTERVENTION_FORMS,
} from './codes';

const isoDate = isoDateSchema();
// Long enough for a real plan, short enough that a paste of a whole report is refused with a message.
const longText = z.string().max(20_000).default('');

/** One party's decision on implementation (issue 13 §7). */
export const implementationDecisionInput = z.object({
  memberId: idSchema,
  date: isoDate,
  outcome: z.enum(DECISION_OUTCOMES),
  reference: z.string().trim().max(200).default(''),
  note: z.string().max(2000).default(''),
});
export type ImplementationDecisionInput = z.infer<typeof implementationDecisionInput>;

/** The implementation record of one insats: everything but the status, which changes through its own step. */
export const implementationRecordInput = z
  .object({
    gapType: z.enum(GAP_TYPES).default('not_assessed'),
    collaborationForm: z.enum(COLLABORATION_FORMS).nullable().default(null),
    interventionForm: z.enum(INTERVENTION_FORMS).nullable().default(null),
    receivingMemberId: idSchema.nullable().default(null),
    /** A person's name: hidden from roles that may not see the förbund's people. */
    namedReceiver: z.string().trim().max(200).default(''),
    implementationGoal: longText,
    financingPlan: longText,
    financingFrom: isoDate.nullable().default(null),
    decisions: z.array(implementationDecisionInput).max(50).default([]),
    barriers: z
      .array(z.enum(IMPLEMENTATION_BARRIERS))
      .max(IMPLEMENTATION_BARRIERS.length)
      .default([])
      .refine((b) => new Set(b).size === b.length, 'Varje hinder får bara väljas en gång.'),
    barrierOther: z.string().trim().max(2000).default(''),
    version: versionSchema,
  })
  .refine((r) => !r.barriers.includes('other') || r.barrierOther.length > 0, {
    message: 'Beskriv hindret "annat".',
    path: ['barrierOther'],
  });
export type ImplementationRecordInput = z.infer<typeof implementationRecordInput>;

/** A change of status, dated; "implementerad delvis" names which parties implemented. */
export const implementationStatusInput = z
  .object({
    status: z.enum(IMPLEMENTATION_STATUSES),
    date: isoDate,
    memberIds: z.array(idSchema).max(50).default([]),
    note: z.string().max(2000).default(''),
    version: versionSchema,
  })
  .refine((s) => s.status !== 'implemented_partly' || s.memberIds.length > 0, {
    message: 'Ange vilka parter som har implementerat när implementeringen är delvis.',
    path: ['memberIds'],
  });
export type ImplementationStatusInput = z.infer<typeof implementationStatusInput>;
