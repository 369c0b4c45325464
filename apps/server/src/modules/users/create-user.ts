import { can, canGrantRole, isValidAssignment, type UserCreateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { accountNotices, roleAssignments, users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, forbidden, invalid } from '../../platform/errors';
import {
  assertAcceptablePassword,
  generateOneTimePassword,
  hashPassword,
  oneTimePasswordExpiry,
} from '../../platform/passwords';
import { findAssociation } from '../organisation/organisation.repository';
import { findUserByEmail, rolesOf } from './users.repository';
import { createPasswordLink, invitationMessage, PASSWORD_PAGE } from '../auth/password-links';
import { enqueueNotice } from '../notifications/enqueue';
import { noticeLink } from '../notifications/notice-settings';

export function checkAssignment(
  actor: Actor,
  role: { role: UserCreateInput['role']['role']; associationId: string | null },
) {
  if (!isValidAssignment(role)) {
    throw invalid([
      {
        field: 'role.associationId',
        value: role.associationId ?? '',
        message:
          role.associationId === null
            ? 'Rollen gäller inom ett förbund: välj förbund.'
            : 'Rollen gäller alla förbund och ska inte kopplas till ett förbund.',
      },
    ]);
  }
  if (!canGrantRole(actor.roles, role)) throw forbidden();
}

/**
 * Creates an account with a first role. When the e-mail already has an account (a person with
 * roles in several förbund) the role is added to it instead and the person is told on their
 * account page. Without a password a one-time password is generated, returned once, and must be
 * changed at first login. For an association administrator both cases answer alike (`created`
 * is null and a one-time password is always shown), so an e-mail reveals nothing about an
 * account elsewhere; the existing account's own password stays as it is.
 */
export async function createUser(tx: Tx, actor: Actor, input: UserCreateInput) {
  const role = { role: input.role.role, associationId: input.role.associationId ?? null };
  authorize(actor, 'user.manage', role.associationId ?? undefined);
  checkAssignment(actor, role);
  const association = role.associationId ? await findAssociation(tx, role.associationId) : null;
  if (role.associationId && !association) {
    throw invalid([{ field: 'role.associationId', value: role.associationId, message: 'Förbundet finns inte.' }]);
  }
  const invite = input.invite === true;
  if (invite && input.password !== undefined) {
    throw invalid([
      { field: 'password', message: 'Välj antingen ett lösenord eller en inbjudan med e-post, inte båda.' },
    ]);
  }

  // Only a system administrator, who administers every account, may learn whether one exists.
  const discloses = can(actor.roles, 'user.manage', null);
  const existing = await findUserByEmail(tx, input.email);
  if (existing) {
    const held = (await rolesOf(tx, [existing.id])).get(existing.id) ?? [];
    if (held.some((r) => r.role === role.role && r.associationId === role.associationId)) {
      throw conflict(`${input.email} har redan den rollen.`);
    }
    await tx.insert(roleAssignments).values({ userId: existing.id, ...role });
    await tx.insert(accountNotices).values({
      userId: existing.id,
      kind: 'role_granted',
      role: role.role,
      associationId: role.associationId,
      grantedByName: actor.name,
    });
    await writeAudit(tx, actor, {
      action: 'user.role_add',
      entityType: 'user',
      entityId: existing.id,
      associationId: role.associationId,
      details: { role: role.role, existingAccount: true },
    });
    if (discloses) return { user: existing, created: false as const, oneTimePassword: null, invited: false };
    // The same answer as for a new account; the person already has a password, so nothing is sent.
    if (invite)
      return {
        user: { ...existing, name: input.name, mustChangePassword: false },
        created: null,
        oneTimePassword: null,
        invited: true,
      };
    // The same work and answer as for a new account: the password is shown but never stored.
    const unused = generateOneTimePassword();
    await hashPassword(unused);
    return {
      user: { ...existing, name: input.name, mustChangePassword: true },
      created: null,
      oneTimePassword: unused,
      invited: false,
    };
  }

  if (input.password !== undefined) assertAcceptablePassword(input.password, input.email, 'password');
  const oneTimePassword = input.password === undefined && !invite ? generateOneTimePassword() : null;
  const password = input.password ?? oneTimePassword;
  const [user] = await tx
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      // An invited account has no password until the link sets one: nothing can sign in to it before.
      passwordHash: password === null ? null : await hashPassword(password),
      mustChangePassword: oneTimePassword !== null,
      oneTimePasswordExpiresAt: oneTimePassword !== null ? oneTimePasswordExpiry() : null,
    })
    .returning();
  await tx.insert(roleAssignments).values({ userId: user!.id, ...role });
  if (invite) {
    const token = await createPasswordLink(tx, user!.id, 'invitation');
    await enqueueNotice(tx, {
      kind: 'invitation',
      associationId: role.associationId,
      to: { userId: user!.id },
      render: invitationMessage(
        noticeLink(`${PASSWORD_PAGE.invitation}#${token}`),
        actor.name,
        association?.name ?? null,
        input.email,
      ),
    });
  }
  await writeAudit(tx, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: user!.id,
    associationId: role.associationId,
    details: { email: input.email, role: role.role, ...(invite ? { invited: true } : {}) },
  });
  return { user: user!, created: discloses ? (true as const) : null, oneTimePassword, invited: invite };
}
