import { emailOutbox } from '../src/db/schema';
import { seedUser, unique, type TestContext } from './harness';

interface NotificationCase {
  scope: 'association' | 'anywhere' | 'self' | 'public';
  ok: number;
  prepare: (associationId: string) => Promise<{ url: string; body?: unknown }>;
}

/** The notification module's routes (and the password links of the auth module) for the access matrix. */
export function notificationAccessCases(context: () => TestContext): Record<string, NotificationCase> {
  /** A message of the förbund that could not be sent: the only kind a retry accepts. */
  const failedMessage = async (associationId: string) => {
    const [row] = await context()
      .database.db.insert(emailOutbox)
      .values({
        associationId,
        kind: 'deviationReported',
        recipient: 'handlaggare@example.se',
        locale: 'sv',
        subject: 'Ny avvikelse',
        text: 'Text',
        html: '<p>Text</p>',
        status: 'failed',
        attempts: 10,
        lastError: 'ETIMEDOUT',
      })
      .returning();
    return row!.id;
  };
  return {
    'GET /api/v1/notifications/status': {
      scope: 'public',
      ok: 200,
      prepare: async () => ({ url: '/api/v1/notifications/status' }),
    },
    'GET /api/v1/notifications/outbox': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => ({ url: '/api/v1/notifications/outbox' }),
    },
    'POST /api/v1/notifications/outbox/:messageId/retry': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: `/api/v1/notifications/outbox/${await failedMessage(a)}/retry` }),
    },
    'GET /api/v1/notifications/preferences': {
      scope: 'self',
      ok: 200,
      prepare: async () => ({ url: '/api/v1/notifications/preferences' }),
    },
    'PUT /api/v1/notifications/preferences': {
      scope: 'self',
      ok: 200,
      prepare: async () => ({
        url: '/api/v1/notifications/preferences',
        body: { locale: 'sv', disabledKinds: ['deviationDue'] },
      }),
    },
    'POST /api/v1/auth/password-reset': {
      scope: 'public',
      ok: 200,
      prepare: async (a) => ({
        url: '/api/v1/auth/password-reset',
        body: { email: (await seedUser(context(), 'reader', a)).email },
      }),
    },
    // A token that was never issued: the public route answers every caller alike (400, "be om en ny länk").
    'POST /api/v1/auth/password-reset/confirm': {
      scope: 'public',
      ok: 400,
      prepare: async () => ({
        url: '/api/v1/auth/password-reset/confirm',
        body: { token: unique('x').replace(/\W/g, 'a').padEnd(43, 'b'), newPassword: 'ett långt nytt lösenord' },
      }),
    },
  };
}
