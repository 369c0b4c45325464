import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config';

/**
 * The server secret keys cookies and personnummer hashes. A server deployment must set
 * INSIKT_SECRET (every app server needs the same one); the embedded default creates a key file
 * readable only by its owner, so a demo needs no setup.
 */
export function resolveSecret(config: Config): string {
  if (config.secret) {
    if (config.secret.length < 32) throw new Error('INSIKT_SECRET måste vara minst 32 tecken lång.');
    return config.secret;
  }
  if (config.databaseUrl) {
    throw new Error(
      'INSIKT_SECRET saknas. Med DATABASE_URL måste en hemlighet anges, t.ex. INSIKT_SECRET=$(openssl rand -base64 48).',
    );
  }
  const file = path.join(config.dataDir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
