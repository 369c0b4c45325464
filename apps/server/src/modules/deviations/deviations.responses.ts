import { z } from 'zod';
import {
  DEVIATION_BODIES,
  DEVIATION_CHANNELS,
  DEVIATION_STATUSES,
  DEVIATION_TYPES,
  HINDER_KINDS,
  idSchema,
  TEXT_WARNING_KINDS,
  versionSchema,
} from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

const deadline = z.object({ meetingDate: z.string(), deadline: z.string() }).nullable();

const summaryFields = {
  id: idSchema,
  number: z.number().int(),
  channel: z.enum(DEVIATION_CHANNELS),
  occurredOn: z.string(),
  receivedOn: z.string(),
  interventionId: idSchema.nullable(),
  forum: z.string(),
  memberIds: z.array(idSchema),
  ownOrganisation: z.boolean(),
  type: z.enum(DEVIATION_TYPES),
  hinderKind: z.enum(HINDER_KINDS).nullable(),
  status: z.enum(DEVIATION_STATUSES),
  body: z.enum(DEVIATION_BODIES),
  meetingDate: z.string().nullable(),
  handlerId: idSchema.nullable(),
  handlerName: z.string().nullable(),
  answeredOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  hasContact: z.boolean(),
  deadline,
  overdue: z.boolean(),
  version: versionSchema,
};

export const deviationSummary = z.object(summaryFields).meta({ id: 'DeviationSummary' });

export const deviationDetail = z
  .object({
    ...summaryFields,
    description: z.string(),
    suggestion: z.string(),
    answer: z.string(),
    confirmedWarnings: z.array(z.enum(TEXT_WARNING_KINDS)),
    events: z.array(
      z.object({
        id: idSchema,
        kind: z.enum(['status', 'comment']),
        fromStatus: z.enum(DEVIATION_STATUSES).nullable(),
        toStatus: z.enum(DEVIATION_STATUSES).nullable(),
        note: z.string(),
        byName: z.string(),
        at: timestamp,
      }),
    ),
  })
  .meta({ id: 'DeviationDetail' });

export const deviationContact = z
  .object({ name: z.string(), email: z.string(), phone: z.string() })
  .meta({ id: 'DeviationContact' });

export const deviationSettings = z
  .object({
    reportToken: z.string(),
    reportLinkEnabled: z.boolean(),
    publicationPublic: z.boolean(),
    version: versionSchema,
  })
  .meta({ id: 'DeviationSettings' });

const named = z.object({ id: idSchema, name: z.string() });

/** What a reporter sees to choose from: the förbund's members (parties) and insatser. */
export const deviationReportForm = z
  .object({
    associationName: z.string(),
    members: z.array(named.extend({ kind: z.enum(['fk', 'af', 'region', 'municipality']) })),
    interventions: z.array(named),
  })
  .meta({ id: 'DeviationReportForm' });

export const deviationReported = z.object({ id: idSchema, number: z.number().int() }).meta({ id: 'DeviationReported' });

export const deviationWarnings = z
  .object({
    warnings: z.array(z.object({ field: z.string(), kind: z.enum(TEXT_WARNING_KINDS), match: z.string() })),
  })
  .meta({ id: 'DeviationWarnings' });

export const deviationHandlers = z.array(named).meta({ id: 'DeviationHandlers' });

export const deviationPublication = z
  .object({
    associationId: idSchema,
    associationName: z.string(),
    members: z.array(named.extend({ kind: z.enum(['fk', 'af', 'region', 'municipality']) })),
    cases: z.array(
      z.object({
        id: idSchema,
        number: z.number().int(),
        occurredOn: z.string(),
        receivedOn: z.string(),
        answeredOn: z.string().nullable(),
        publishedOn: z.string(),
        interventionName: z.string().nullable(),
        forum: z.string(),
        memberIds: z.array(idSchema),
        ownOrganisation: z.boolean(),
        type: z.enum(DEVIATION_TYPES),
        hinderKind: z.enum(HINDER_KINDS).nullable(),
        resolution: z.enum(['local', 'raised']).nullable(),
        description: z.string(),
        answer: z.string(),
      }),
    ),
  })
  .meta({ id: 'DeviationPublication' });

const count = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

export const deviationStatisticsView = z
  .object({
    associationName: z.string(),
    period: z.object({ fromYear: z.number().int(), toYear: z.number().int() }),
    scope: z.enum(['association', 'interventions']),
    total: z.number().int(),
    byParty: z.array(count),
    byType: z.array(count),
    byStatus: z.array(count),
    byIntervention: z.array(count),
    byMonth: z.array(count),
    answered: z.number().int(),
    medianDaysToAnswer: z.number().nullable(),
    p90DaysToAnswer: z.number().nullable(),
    shareSolvedLocally: z.number().nullable(),
    resolvedLocally: z.number().int(),
    resolvedRaised: z.number().int(),
    recurring: z.array(
      z.object({
        party: z.string(),
        partyLabel: z.string(),
        type: z.enum(DEVIATION_TYPES),
        cases: z.number().int(),
        recurrences: z.number().int(),
      }),
    ),
    agreementIndicator: z.array(
      z.object({
        interventionId: idSchema.nullable(),
        interventionName: z.string(),
        year: z.number().int(),
        count: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'DeviationStatistics' });
