import type { Db } from '../../db/open-db';
import type { Config } from '../../platform/config';
import { smtpMailer, startOutboxWorker, type OutboxWorker } from './outbox-worker';

/** The domain of the sender address, for Message-ID headers. */
export function senderDomain(mailFrom: string): string {
  return /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'insikt.invalid';
}

/**
 * Starts delivering the outbox when SMTP_URL is set. Without it nothing is sent and nothing is
 * dropped: messages stay pending and the outbox screen says why (decision 0040).
 */
export function startMailDelivery(
  db: Db,
  config: Config,
  onError: (error: unknown) => void,
): { worker: OutboxWorker; stop: () => Promise<void> } | null {
  if (!config.smtpUrl) return null;
  const mailer = smtpMailer(config.smtpUrl, config.mailFrom);
  const worker = startOutboxWorker(db, mailer.send, { domain: senderDomain(config.mailFrom), onError });
  worker.wake();
  return {
    worker,
    stop: async () => {
      await worker.stop();
      mailer.close();
    },
  };
}
