import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { openDatabase } from './db/open-db';
import { loadConfig } from './platform/config';
import { resolveSecret } from './platform/secret';
import { purgeDeadSessions } from './platform/sessions';
import { purgeRateLimits, reshuffleAnswers } from './modules/surveys/responses.repository';
import { bootstrapDemo, formatLogins } from './modules/demo/first-start';
import { startMailDelivery } from './modules/notifications/mail-delivery';
import { purgeOldMessages } from './modules/notifications/outbox.repository';
import { noticeDueCases } from './modules/deviations/deviation-notices';
import { noticeFinanceDeadlines } from './modules/finance-calendar/finance-deadlines';

/** Starts Insikt: opens and migrates the database, then serves the API and the web app. */
export async function startServer(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const secret = resolveSecret(config);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({ database, config, secret, logger: { level: config.logLevel } });

  let mail: ReturnType<typeof startMailDelivery> = null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'stänger Insikt');
    try {
      await mail?.stop();
      await app.close();
    } finally {
      await database.close();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // One after the other: the embedded database runs one transaction at a time.
  const purgeAll = async () => {
    await purgeDeadSessions(database.db);
    await purgeRateLimits(database.db);
    await reshuffleAnswers(database.db);
    await purgeOldMessages(database.db);
    // Hourly, not at a fixed time of day: a server down at midnight still reminds; the key sends each once.
    await noticeDueCases(database.db);
    await noticeFinanceDeadlines(database.db);
  };
  await purgeAll();
  const purge = setInterval(() => void purgeAll().catch(() => undefined), 3_600_000);
  purge.unref();

  const demo = await bootstrapDemo(database, config.dataDir);
  await app.listen({ port: config.port, host: config.host });
  mail = startMailDelivery(database.db, config, (error) =>
    app.log.error({ err: error }, 'e-postutskicket misslyckades'),
  );
  const where = database.kind === 'pglite' ? `inbäddad databas i ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const url = `http://${config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(`\nInsikt körs på ${url} – ${where}`);
  if (!mail) console.log('E-post är inte konfigurerad (SMTP_URL): meddelanden väntar i utkorgen tills den är det.');
  // Links in e-mails are built from INSIKT_PUBLIC_URL, never from the request's Host header (decision 0041);
  // unset, they point to localhost, which no recipient can open.
  else if (!env.INSIKT_PUBLIC_URL?.trim())
    app.log.warn(
      `INSIKT_PUBLIC_URL är inte satt: länkarna i e-post pekar på ${config.publicUrl}. Sätt den till adressen användarna når Insikt på.`,
    );
  if (demo) {
    console.log('\nFörsta start: demodata (tre förbund i Jönköpings län) och ett demokonto per roll har skapats.\n');
    console.log(formatLogins(demo.password, demo.logins));
    console.log(`\n  (sparat i ${path.join(config.dataDir, 'demo-login.txt')})\n`);
  } else if (database.kind === 'pglite' && fs.existsSync(path.join(config.dataDir, 'demo-login.txt'))) {
    console.log(`Demoinloggning: se ${path.join(config.dataDir, 'demo-login.txt')}\n`);
  }
  return { app, database, config };
}
