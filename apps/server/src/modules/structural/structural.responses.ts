import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  ACTUALISATION_DECISIONS,
  attendanceInput,
  GENDERS,
  idSchema,
  OTHER_ORGANISATION,
  versionSchema,
} from '@insikt/core';

const organisationId = z.union([idSchema, z.literal(OTHER_ORGANISATION)]);

export const structuralActivity = z
  .object({
    id: idSchema,
    date: z.string(),
    kind: z.enum(ACTIVITY_KINDS),
    topic: z.string(),
    hours: z.number(),
    note: z.string(),
    seriesId: idSchema.nullable(),
    version: versionSchema,
    /** The organisations present, for every reader. */
    organisationIds: z.array(organisationId),
    /** The counts, only for those who record the insats's activities (empty otherwise). */
    attendance: z.array(attendanceInput),
  })
  .meta({ id: 'StructuralActivity' });

export const structuralActivityList = z
  .object({
    intervention: z.object({ id: idSchema, name: z.string() }),
    organisations: z.array(z.object({ id: organisationId, name: z.string() })),
    countsShown: z.boolean(),
    activities: z.array(structuralActivity),
  })
  .meta({ id: 'StructuralActivityList' });

export const savedActivity = z.object({ id: idSchema, version: versionSchema }).meta({ id: 'SavedActivity' });
export const savedSeries = z
  .object({ seriesId: idSchema, dates: z.array(z.string()) })
  .meta({ id: 'SavedActivitySeries' });

const released = z.object({
  women: z.number().nullable(),
  men: z.number().nullable(),
  unknown: z.number().nullable(),
  total: z.number().nullable(),
});
const totals = z.object({
  activities: z.number().int(),
  hours: z.number(),
  byKind: z.record(z.enum(ACTIVITY_KINDS), z.number().int()),
  byOrganisation: z.array(
    z.object({
      organisationId: z.string(),
      label: z.string(),
      activities: z.number().int(),
      participants: released,
      participantHours: released,
    }),
  ),
  participants: released,
  participantHours: released,
  balance: z.object({
    womenShare: z.number().nullable(),
    even: z.boolean().nullable(),
    unknown: z.number().nullable(),
  }),
});

const releasedCount = z.number().nullable();
/** Aktualiseringar counted: null where disclosure control hides a count ("<5"). */
const actualisationSummary = z.object({
  raised: releasedCount,
  byParty: z.array(
    z.object({
      raisedBy: z.string(),
      label: z.string(),
      total: releasedCount,
      women: releasedCount,
      men: releasedCount,
      unknownGender: releasedCount,
    }),
  ),
  byDecision: z.record(z.enum(ACTUALISATION_DECISIONS), releasedCount),
  linked: releasedCount,
  ended: releasedCount,
  /** Ended linked participations with a situation recorded at exit: the share's denominator. */
  endedKnown: releasedCount,
  selfSupporting: releasedCount,
  selfSupportingShare: z.number().nullable(),
});

export const activityReportView = z
  .object({
    associationName: z.string(),
    intervention: z.object({ id: idSchema, name: z.string() }).nullable(),
    interventions: z.array(z.object({ id: idSchema, name: z.string() })),
    period: z.object({ fromYear: z.number().int(), toYear: z.number().int() }),
    scope: z.enum(['association', 'interventions']),
    protection: z
      .object({ method: z.literal('cell_key'), threshold: z.number().int(), maxNoise: z.number().int() })
      .nullable(),
    years: z.array(z.object({ year: z.number().int(), totals })),
    total: totals,
    steeringMeetings: z.array(
      z.object({
        interventionId: idSchema,
        interventionName: z.string(),
        byYear: z.array(z.object({ year: z.number().int(), meetings: z.number().int() })),
        total: z.number().int(),
      }),
    ),
    actualisations: z.object({
      years: z.array(z.object({ year: z.number().int(), summary: actualisationSummary })),
      total: actualisationSummary,
    }),
  })
  .meta({ id: 'StructuralActivityReport' });

export const structuralActualisation = z
  .object({
    id: idSchema,
    date: z.string(),
    raisedBy: organisationId,
    gender: z.enum(GENDERS).nullable(),
    decision: z.enum(ACTUALISATION_DECISIONS),
    referredTo: z.string(),
    version: versionSchema,
    /** Only for one who may read that participation; null otherwise or when there is no link. */
    participation: z
      .object({
        id: idSchema,
        interventionId: idSchema,
        interventionName: z.string(),
        reference: z.string().nullable(),
        startDate: z.string(),
        exitDate: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'StructuralActualisation' });

export const structuralActualisationList = z
  .object({
    intervention: z.object({ id: idSchema, name: z.string() }),
    parties: z.array(z.object({ id: organisationId, name: z.string() })),
    /** The cases one by one, for those who record them; läsare and utvärderare read the report's counts. */
    rowsShown: z.boolean(),
    /** Whether the actor may link participations (personal-data access in the förbund). */
    linksShown: z.boolean(),
    actualisations: z.array(structuralActualisation),
  })
  .meta({ id: 'StructuralActualisationList' });

export const savedActualisation = z.object({ id: idSchema, version: versionSchema }).meta({ id: 'SavedActualisation' });

export const activityImportResult = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    /** Activities the insats already had (same date, kind and topic): not imported again. */
    skipped: z.array(z.object({ date: z.string(), kind: z.enum(ACTIVITY_KINDS), topic: z.string() })),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), value: z.string(), message: z.string() })),
    errorCount: z.number().int(),
    ignoredColumns: z.array(z.string()),
  })
  .meta({ id: 'ActivityImportResult' });
