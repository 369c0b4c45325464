import { hkdfSync } from 'node:crypto';
import path from 'node:path';

/** Everything Insikt reads from the environment, in one place (docs/operations.md lists it). */
export interface Config {
  port: number;
  host: string;
  /** Set: PostgreSQL server. Unset: embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Server secret from INSIKT_SECRET; for the embedded default it may come from a key file. */
  secret: string | undefined;
  trustProxy: boolean;
  sessionPolicy: { idleMinutes: number; absoluteHours: number };
  /** Failed passwords in a row per account before delays start. */
  lockoutThreshold: number;
  /** The longest delay between attempts, in minutes. */
  lockoutMinutes: number;
  /** The first delay in seconds; it doubles with each further failure. */
  loginDelaySeconds: number;
  /** Failed passwords in a row from one client (any accounts) before delays start. */
  loginClientThreshold: number;
  loginRateLimitPerMinute: number;
  /** Answers (attempts) per anonymous survey link and minute, counted in the database. */
  surveyRateLimitPerMinute: number;
  logLevel: string;
  /** The mail server (SMTP_URL, e.g. smtp://user:pass@host:587). Unset: nothing is sent, messages wait. */
  smtpUrl: string | undefined;
  /** The sender of every e-mail (INSIKT_MAIL_FROM), required with SMTP_URL. */
  mailFrom: string;
  /** Where users reach Insikt (INSIKT_PUBLIC_URL): the start of every link in an e-mail. */
  publicUrl: string;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} måste vara ett positivt heltal, fick "${raw}".`);
  }
  return value;
}

/** An absolute http(s) address without a trailing slash, or an error naming the variable. */
function publicUrlFrom(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env.INSIKT_PUBLIC_URL?.trim() || `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`INSIKT_PUBLIC_URL måste vara en fullständig adress som https://insikt.example.se, fick "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`INSIKT_PUBLIC_URL måste börja med https:// eller http://, fick "${raw}".`);
  }
  return url.toString().replace(/\/+$/, '');
}

function mailFrom(env: NodeJS.ProcessEnv, smtpUrl: string | undefined): string {
  const from = env.INSIKT_MAIL_FROM?.trim();
  if (from) return from;
  // Without a sender a mail server rejects or rewrites every message: say so at start, not per message.
  if (smtpUrl)
    throw new Error('INSIKT_MAIL_FROM måste anges när SMTP_URL är satt, t.ex. "Insikt <insikt@forbund.se>".');
  return 'Insikt <insikt@localhost>';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom(env, 'PORT', 3000);
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) {
    // The address may hold a password: name the variable, never echo its value.
    throw new Error('SMTP_URL måste börja med smtp:// eller smtps:// följt av e-postserverns namn.');
  }
  // npm runs workspace scripts inside the workspace folder; INIT_CWD is where the user typed
  // the command, so ./data ends up in the repository root as the README promises.
  const base = env.INIT_CWD ?? process.cwd();
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(base, env.INSIKT_DATA_DIR ?? 'data'),
    secret: env.INSIKT_SECRET || undefined,
    trustProxy: env.INSIKT_TRUST_PROXY === 'true',
    sessionPolicy: {
      idleMinutes: intFrom(env, 'INSIKT_SESSION_IDLE_MINUTES', 30),
      absoluteHours: intFrom(env, 'INSIKT_SESSION_ABSOLUTE_HOURS', 12),
    },
    lockoutThreshold: intFrom(env, 'INSIKT_LOCKOUT_THRESHOLD', 5),
    lockoutMinutes: intFrom(env, 'INSIKT_LOCKOUT_MINUTES', 15),
    loginDelaySeconds: intFrom(env, 'INSIKT_LOGIN_DELAY_SECONDS', 15),
    loginClientThreshold: intFrom(env, 'INSIKT_LOGIN_CLIENT_THRESHOLD', 20),
    loginRateLimitPerMinute: intFrom(env, 'INSIKT_LOGIN_RATE_LIMIT', 20),
    // A class answering on their phones through one QR code at once stays well below this.
    surveyRateLimitPerMinute: intFrom(env, 'INSIKT_SURVEY_RATE_LIMIT', 120),
    logLevel: env.LOG_LEVEL ?? 'info',
    smtpUrl,
    mailFrom: mailFrom(env, smtpUrl),
    publicUrl: publicUrlFrom(env, port),
  };
}

/** The throttle of password checks per account (and per signed-in user changing their password). */
export const accountThrottle = (config: Config) => ({
  freeAttempts: config.lockoutThreshold,
  firstDelaySeconds: config.loginDelaySeconds,
  maxDelayMinutes: config.lockoutMinutes,
});

/** Separate keys per purpose from the one server secret, so no key is used for two things. */
export function deriveKey(
  secret: string,
  purpose: 'cookie' | 'csrf' | 'personnummer' | 'cell-key' | 'survey-code',
): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'insikt', purpose, 32));
}
