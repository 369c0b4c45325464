/** Attempts before a message is given up on (then shown as "kunde inte skickas" with its last error). */
export const MAX_DELIVERY_ATTEMPTS = 10;
/** The first wait after a failed attempt; it doubles with every further failure. */
export const FIRST_RETRY_SECONDS = 60;
/** The longest wait between two attempts. */
export const MAX_RETRY_SECONDS = 6 * 3600;

/**
 * Seconds to wait after the given number of failed attempts: 1, 2, 4, 8 … minutes, at most six
 * hours. With ten attempts a message is retried for about eight and a half hours, long enough for
 * a mail server's restart or a night's maintenance window.
 */
export function retryDelaySeconds(failedAttempts: number): number {
  if (failedAttempts < 1) return 0;
  return Math.min(FIRST_RETRY_SECONDS * 2 ** (failedAttempts - 1), MAX_RETRY_SECONDS);
}

/** Whether a message that has now failed `failedAttempts` times should be tried again. */
export function shouldRetry(failedAttempts: number, permanent: boolean): boolean {
  return !permanent && failedAttempts < MAX_DELIVERY_ATTEMPTS;
}
