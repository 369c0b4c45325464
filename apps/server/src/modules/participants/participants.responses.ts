import { z } from 'zod';
import { GENDERS, idSchema, versionSchema } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

// Coded fields are stored as text and answered as stored (codes of participant-data.md §1).
const isoDate = z.string().meta({ format: 'date' });
const codes = z.array(z.string());
const hours = z.number().nullable();

/** What each follow-up after exit holds (decision 0022): null until it is recorded. */
const followUpShape = {
  '': codes.nullable(),
  Date: isoDate.nullable(),
  Reached: z.boolean().nullable(),
  Occupation: codes.nullable(),
  WorkHours: hours,
  StudyHours: hours,
};
type FollowUpFields<K extends string> = {
  [F in keyof typeof followUpShape as `followUp${K}${F}`]: (typeof followUpShape)[F];
};
function followUpFields<K extends '6m' | '12m'>(kind: K): FollowUpFields<K> {
  return Object.fromEntries(
    Object.entries(followUpShape).map(([field, schema]) => [`followUp${kind}${field}`, schema]),
  ) as FollowUpFields<K>;
}

const summaryFields = {
  id: idSchema,
  interventionId: idSchema,
  startDate: isoDate,
  exitDate: isoDate.nullable(),
  exitReason: z.string().nullable(),
};

export const participation = z
  .object({
    ...summaryFields,
    associationId: idSchema,
    /** Null for an insats-bound role: it would tie the record to enrolments the role may not see. */
    personId: idSchema.nullable(),
    personReference: z.string().nullable(),
    consent: z.boolean(),
    consentDate: isoDate.nullable(),
    gender: z.enum(GENDERS),
    birthYear: z.number().int(),
    birthDate: isoDate.nullable(),
    municipalityCode: z.string().nullable(),
    education: z.string().nullable(),
    publicSupportBefore: z.string().nullable(),
    supportBefore: codes,
    supportAfter: codes,
    occupationBefore: codes,
    occupationAfter: codes,
    workHoursBefore: hours,
    studyHoursBefore: hours,
    workHoursAfter: hours,
    studyHoursAfter: hours,
    obstacles: codes,
    ...followUpFields('6m'),
    ...followUpFields('12m'),
    dropoutReason: z.string().nullable(),
    comment: z.string().nullable(),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Participation' });

export const participationPage = z
  .object({
    /** All matches; `rows` holds the page asked for by limit and offset. */
    total: z.number().int(),
    rows: z.array(
      z
        .object({
          ...summaryFields,
          interventionName: z.string(),
          personId: idSchema.nullable(),
          personReference: z.string().nullable(),
          consent: z.boolean(),
          gender: z.enum(GENDERS),
          birthYear: z.number().int(),
          version: versionSchema,
        })
        .meta({ id: 'ParticipationRow' }),
    ),
  })
  .meta({ id: 'ParticipationPage' });

export const personHistory = z.array(
  z.object({ ...summaryFields, interventionName: z.string() }).meta({ id: 'PersonHistoryEntry' }),
);
