import type { RoleAssignment } from '@insikt/core';

/** Where a request came from; written to the audit log with every entry. */
export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

/** Who is acting: a signed-in user, or the CLI acting as system administrator. */
export interface Actor {
  userId: string | null;
  email: string;
  name: string;
  roles: RoleAssignment[];
  sessionId: string | null;
  /** Set after a one-time password: nothing but changing it is allowed until then. */
  mustChangePassword: boolean;
  origin: Origin;
  /**
   * The CLI operator: already has the database itself, so disclosure control by role protects
   * nothing; reports are exact unless publication suppression is asked for (--suppress).
   */
  operator?: boolean;
}

export function cliActor(): Actor {
  return {
    userId: null,
    email: 'cli',
    name: 'Kommandoraden',
    roles: [{ role: 'system_admin', associationId: null }],
    sessionId: null,
    mustChangePassword: false,
    origin: { ip: null, userAgent: 'insikt-cli' },
    operator: true,
  };
}

/** The actor of a request that has not signed in (login attempts are audited under it). */
export function anonymousActor(origin: Origin, email = ''): Actor {
  return { userId: null, email, name: '', roles: [], sessionId: null, mustChangePassword: false, origin };
}
