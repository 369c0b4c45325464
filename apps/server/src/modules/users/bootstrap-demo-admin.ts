import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/open-db';
import { cliActor } from '../../platform/actor';
import { generateOneTimePassword } from '../../platform/passwords';
import { createUser } from './create-user';
import { countUsers } from './users.repository';

export const DEMO_ADMIN_EMAIL = 'admin@demo.insikt.se';

/**
 * On the first start of the embedded database, creates a demo system administrator with a random
 * password, which is printed and kept in data/demo-login.txt (mode 0600). Never with DATABASE_URL.
 */
export async function bootstrapDemoAdmin(
  database: Database,
  dataDir: string,
): Promise<{ email: string; password: string } | null> {
  // A server deployment never gets a known account: its first one is made with `insikt user create`.
  if (database.kind !== 'pglite') return null;
  const { db } = database;
  if ((await countUsers(db)) > 0) return null;
  const password = `Demo-${generateOneTimePassword()}`;
  await db.transaction((tx) =>
    createUser(tx, cliActor(), {
      email: DEMO_ADMIN_EMAIL,
      name: 'Demoadministratör',
      role: { role: 'system_admin', associationId: null },
      password,
    }),
  );
  fs.writeFileSync(path.join(dataDir, 'demo-login.txt'), `E-post: ${DEMO_ADMIN_EMAIL}\nLösenord: ${password}\n`, {
    mode: 0o600,
  });
  return { email: DEMO_ADMIN_EMAIL, password };
}
