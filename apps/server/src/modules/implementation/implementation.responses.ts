import { z } from 'zod';
import {
  COLLABORATION_FORMS,
  DECISION_OUTCOMES,
  GAP_TYPES,
  IMPLEMENTATION_BARRIERS,
  IMPLEMENTATION_OUTCOMES,
  IMPLEMENTATION_STATUSES,
  idSchema,
  INTERVENTION_FORMS,
  versionSchema,
} from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

const isoDate = z.string().meta({ format: 'date' });

export const implementationRecord = z
  .object({
    /** Null until the record is first saved (version 0). */
    id: idSchema.nullable(),
    associationId: idSchema,
    interventionId: idSchema,
    gapType: z.enum(GAP_TYPES),
    collaborationForm: z.enum(COLLABORATION_FORMS).nullable(),
    interventionForm: z.enum(INTERVENTION_FORMS).nullable(),
    receivingMemberId: idSchema.nullable(),
    /** Null for a role that may not see the förbund's people (the national reader). */
    namedReceiver: z.string().nullable(),
    implementationGoal: z.string(),
    financingPlan: z.string(),
    financingFrom: isoDate.nullable(),
    decisions: z.array(
      z.object({
        memberId: idSchema,
        date: isoDate,
        outcome: z.enum(DECISION_OUTCOMES),
        reference: z.string(),
        note: z.string(),
      }),
    ),
    barriers: z.array(z.enum(IMPLEMENTATION_BARRIERS)),
    barrierOther: z.string(),
    status: z.enum(IMPLEMENTATION_STATUSES),
    statusHistory: z.array(
      z.object({
        status: z.enum(IMPLEMENTATION_STATUSES),
        date: isoDate,
        memberIds: z.array(idSchema),
        note: z.string(),
        /** Who recorded the change; null for a role that may not see the förbund's people. */
        recordedBy: z.string().nullable(),
        recordedAt: z.string(),
      }),
    ),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'ImplementationRecord' });

export const implementationBoard = z
  .object({
    period: z.object({ from: isoDate, to: isoDate }),
    summary: z.object({
      ended: z.number().int(),
      outcomes: z.object(
        Object.fromEntries(IMPLEMENTATION_OUTCOMES.map((o) => [o, z.number().int()])) as {
          [K in (typeof IMPLEMENTATION_OUTCOMES)[number]]: z.ZodNumber;
        },
      ),
      rateOfKnown: z.number().nullable(),
      rateOfEnded: z.number().nullable(),
      monthsToDecision: z
        .object({ count: z.number().int(), median: z.number(), min: z.number().int(), max: z.number().int() })
        .nullable(),
      barriers: z.array(z.object({ barrier: z.enum(IMPLEMENTATION_BARRIERS), count: z.number().int() })),
      successful: z.number().int(),
      successfulNotImplemented: z.array(
        z.object({ id: idSchema, name: z.string(), endDate: isoDate, outcome: z.enum(IMPLEMENTATION_OUTCOMES) }),
      ),
    }),
    interventions: z.array(
      z.object({
        id: idSchema,
        name: z.string(),
        endDate: isoDate,
        status: z.enum(IMPLEMENTATION_STATUSES),
        outcome: z.enum(IMPLEMENTATION_OUTCOMES),
        goalsMet: z.boolean().nullable(),
        barriers: z.array(z.enum(IMPLEMENTATION_BARRIERS)),
      }),
    ),
  })
  .meta({ id: 'ImplementationBoard' });
