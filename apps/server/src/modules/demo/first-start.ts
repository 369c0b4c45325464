import fs from 'node:fs';
import path from 'node:path';
import { todayIso } from '@insikt/core';
import type { Database } from '../../db/open-db';
import { countUsers } from '../users/users.repository';
import { loadDemo, type DemoLogin } from './load-demo';

export function formatLogins(password: string, logins: DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.email.length));
  return [
    ...logins.map((l) => `  ${l.email.padEnd(width)}  ${l.role}${l.association ? ` – ${l.association}` : ''}`),
    '',
    `  Lösenord för alla demokonton: ${password}`,
  ].join('\n');
}

/**
 * First start of the embedded database with no accounts: loads the demo and returns the logins,
 * also kept in data/demo-login.txt (mode 0600). Never with DATABASE_URL: a server deployment gets
 * no known accounts and no demo unless an operator runs `insikt demo load`.
 */
export async function bootstrapDemo(
  database: Database,
  dataDir: string,
): Promise<{ password: string; logins: DemoLogin[] } | null> {
  if (database.kind !== 'pglite') return null;
  if ((await countUsers(database.db)) > 0) return null;
  const demo = await loadDemo(database.db, todayIso());
  fs.writeFileSync(
    path.join(dataDir, 'demo-login.txt'),
    `Demoinloggningar för Insikt\n\n${formatLogins(demo.password, demo.logins)}\n`,
    { mode: 0o600 },
  );
  return demo;
}
