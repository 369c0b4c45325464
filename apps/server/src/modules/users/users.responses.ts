import { z } from 'zod';
import { idSchema, ROLE_CODES, versionSchema } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

export const roleRow = z
  .object({
    id: idSchema,
    role: z.enum(ROLE_CODES),
    associationId: idSchema.nullable(),
    associationName: z.string().nullable(),
  })
  .meta({ id: 'RoleRow' });

export const session = z
  .object({
    id: idSchema,
    createdAt: timestamp,
    lastSeenAt: timestamp,
    expiresAt: timestamp,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
  })
  .meta({ id: 'Session' });

const identity = {
  id: idSchema,
  email: z.string(),
  name: z.string(),
  mustChangePassword: z.boolean(),
  roles: z.array(roleRow),
};

/** A user as an administrator sees it (managed-user.ts publicUser). */
export const user = z
  .object({
    ...identity,
    active: z.boolean(),
    lockedUntil: timestamp.nullable(),
    lastLoginAt: timestamp.nullable(),
    /** False when the account has roles elsewhere: only its roles here may be changed. */
    manageable: z.boolean(),
    version: versionSchema,
    createdAt: timestamp,
  })
  .meta({ id: 'User' });
export const userDetail = user.extend({ sessions: z.array(session) }).meta({ id: 'UserDetail' });

export const createdUser = z
  .object({
    /** For an association administrator only what was typed: an e-mail reveals nothing about other förbund. */
    user: z.union([user, z.object(identity).meta({ id: 'UndisclosedUser' })]),
    /** True: a new account; false: a role added to an existing one; null: not disclosed. */
    created: z.boolean().nullable(),
    oneTimePassword: z.string().nullable(),
    /** True: an invitation with a link that sets the password is queued instead of a one-time password. */
    invited: z.boolean(),
  })
  .meta({ id: 'CreatedUser' });

export const removedRole = z
  .object({ removed: z.literal(true), user: userDetail.nullable(), message: z.string() })
  .meta({ id: 'RemovedRole' });
