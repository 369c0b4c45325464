import { z } from 'zod';
import { ROLE_CODES } from './roles';
import { BODY_KINDS, BODY_ROLES, MEMBER_KINDS } from './organisation';
import { PASSWORD_MAX_LENGTH } from './password-policy';
import { isoDateSchema } from './dates';

// Swedish validation messages everywhere the schemas run (server, web, CLI): architecture.md.
z.config(z.locales.sv());

export const idSchema = z.uuid();
export const emailSchema = z
  .email()
  .max(254)
  .transform((e) => e.trim().toLowerCase());
export const countyCodeSchema = z.string().regex(/^\d{2}$/, 'Länskoden ska vara två siffror (SCB).');
export const municipalityCodeSchema = z.string().regex(/^\d{4}$/, 'Kommunkoden ska vara fyra siffror (SCB).');
const nameSchema = z.string().trim().min(1).max(200);
/** Optimistic concurrency: the version the client last read; a mismatch is refused with 409. */
export const versionSchema = z.number().int().nonnegative();

export const loginInput = z.object({
  email: z.string().trim().min(1).max(254),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});
export type LoginInput = z.infer<typeof loginInput>;

export const changePasswordInput = z.object({
  currentPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
  newPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const associationInput = z.object({
  name: nameSchema,
  countyCode: countyCodeSchema,
  municipalityCodes: z.array(municipalityCodeSchema).min(1, 'Välj minst en medlemskommun.').max(60),
  organisationNumber: z
    .string()
    .trim()
    .regex(/^\d{6}-?\d{4}$/, 'Organisationsnumret ska ha formen NNNNNN-NNNN.')
    .nullish(),
});
export type AssociationInput = z.infer<typeof associationInput>;

export const associationUpdateInput = associationInput.extend({ version: versionSchema });
export type AssociationUpdateInput = z.infer<typeof associationUpdateInput>;

export const memberInput = z.object({
  kind: z.enum(MEMBER_KINDS),
  name: nameSchema,
  municipalityCode: municipalityCodeSchema.nullish(),
});
export type MemberInput = z.infer<typeof memberInput>;
export const memberUpdateInput = memberInput.extend({ version: versionSchema });
export type MemberUpdateInput = z.infer<typeof memberUpdateInput>;

export const bodyMemberInput = z.object({
  body: z.enum(BODY_KINDS),
  name: nameSchema,
  bodyRole: z.enum(BODY_ROLES),
  memberId: idSchema.nullish(),
  email: z
    .email()
    .max(254)
    .nullish()
    .or(z.literal('').transform(() => null)),
});
export type BodyMemberInput = z.infer<typeof bodyMemberInput>;
export const bodyMemberUpdateInput = bodyMemberInput.extend({ version: versionSchema });
export type BodyMemberUpdateInput = z.infer<typeof bodyMemberUpdateInput>;

export const roleAssignmentInput = z.object({
  role: z.enum(ROLE_CODES),
  associationId: idSchema.nullish(),
});
export type RoleAssignmentInput = z.infer<typeof roleAssignmentInput>;

export const userCreateInput = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleAssignmentInput,
  /** When absent a one-time password is generated and must be changed at first login. */
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4)
    .optional(),
  /** Instead of a one-time password: e-mail a single-use link that sets the first password (issue 15 §5). */
  invite: z.boolean().optional(),
});
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z.object({
  name: nameSchema,
  active: z.boolean(),
  version: versionSchema,
});
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const auditQuery = z.object({
  associationId: idSchema.optional(),
  from: isoDateSchema().optional(),
  to: isoDateSchema().optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/**
 * What an audit entry says, by name, for a one-line summary the web writes in the user's language:
 * names are those of records in the reader's own associations, null otherwise (issue 12 §11).
 */
export const auditSummary = z.object({
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityName: z.string().nullable(),
  /** A second record the entry concerns: the person put on a staff, the insats of an analysis. */
  subjectName: z.string().nullable(),
  /** The role granted or removed. */
  role: z.string().nullable(),
  /** How many records: personal data read in bulk, rows imported, sessions ended. */
  count: z.number().nullable(),
  /** The fields an edit changed (insatser). */
  changed: z.array(z.string()),
});
export type AuditSummary = z.infer<typeof auditSummary>;
