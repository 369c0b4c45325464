import { z } from 'zod';
import { idSchema } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';
import { roleRow, session } from '../users/users.responses';

export const loginResult = z
  .object({ userId: idSchema, mustChangePassword: z.boolean(), csrfToken: z.string() })
  .meta({ id: 'LoginResult' });

export const accountNotice = z
  .object({
    id: idSchema,
    kind: z.string().meta({ description: 'role_granted' }),
    role: z.string().nullable(),
    associationId: idSchema.nullable(),
    associationName: z.string().nullable(),
    grantedByName: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: 'AccountNotice' });

export const me = z
  .object({
    id: idSchema,
    email: z.string(),
    name: z.string(),
    mustChangePassword: z.boolean(),
    /** With the insatser an insats-bound role covers. */
    roles: z.array(roleRow.extend({ interventionIds: z.array(idSchema) }).meta({ id: 'OwnRole' })),
    /** What the person is told about their account, e.g. a role another förbund gave them. */
    notices: z.array(accountNotice),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });

export const ownSession = session.extend({ current: z.boolean() }).meta({ id: 'OwnSession' });

/** The same answer for every address, with or without an account. */
export const resetRequested = z.object({ message: z.string() }).meta({ id: 'PasswordResetRequested' });
