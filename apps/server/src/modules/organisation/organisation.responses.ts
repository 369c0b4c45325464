import { z } from 'zod';
import { BODY_KINDS, idSchema, MEMBER_KINDS, versionSchema } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

export const county = z.object({ code: z.string(), name: z.string() }).meta({ id: 'County' });
export const municipality = z
  .object({ code: z.string(), name: z.string(), countyCode: z.string() })
  .meta({ id: 'Municipality' });

export const associationSummary = z
  .object({
    id: idSchema,
    name: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    municipalityCount: z.number().int(),
  })
  .meta({ id: 'AssociationSummary' });

const memberFields = {
  id: idSchema,
  kind: z.enum(MEMBER_KINDS),
  name: z.string(),
  municipalityCode: z.string().nullable(),
  version: versionSchema,
};
export const member = z.object(memberFields).meta({ id: 'Member' });
/** A member as stored, answered when it is added or changed. */
export const savedMember = z
  .object({ ...memberFields, associationId: idSchema, createdAt: timestamp })
  .meta({ id: 'SavedMember' });

const bodyMemberFields = {
  id: idSchema,
  body: z.enum(BODY_KINDS),
  name: z.string(),
  bodyRole: z.string(),
  memberId: idSchema.nullable(),
  email: z.string().nullable(),
  version: versionSchema,
};
export const bodyMember = z
  .object({ ...bodyMemberFields, memberName: z.string().nullable() })
  .meta({ id: 'BodyMember' });
export const savedBodyMember = z
  .object({ ...bodyMemberFields, associationId: idSchema, createdAt: timestamp, updatedAt: timestamp })
  .meta({ id: 'SavedBodyMember' });

export const association = z
  .object({
    id: idSchema,
    name: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    organisationNumber: z.string().nullable(),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
    municipalities: z.array(municipality),
    members: z.array(member),
    /** Empty for roles outside the förbund: board and office members are named people. */
    bodyMembers: z.array(bodyMember),
  })
  .meta({ id: 'Association' });

/** A meeting of the board or the beredningsgrupp: deviation deadlines come from these (issue 15 §2). */
export const bodyMeeting = z
  .object({ id: idSchema, body: z.enum(['board', 'preparatoryGroup']), date: z.string() })
  .meta({ id: 'BodyMeeting' });
