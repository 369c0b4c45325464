import { AppError } from '../../platform/errors';

/**
 * Back-pressure for the anonymous answers: at most `concurrency` answers use the database at once and
 * the rest wait their turn here, so a class answering through one QR code at the same moment waits a
 * little instead of timing out on the connection pool (503). Nothing is counted here: the rate limit
 * lives in the database (decision 0035); this only orders the work of this one process.
 */
export function answerQueue(concurrency: number, maxWaiting: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active < concurrency) active += 1;
    else {
      if (waiting.length >= maxWaiting)
        throw new AppError(503, 'database_unavailable', 'Många svarar just nu. Försök igen om en stund.');
      // The finishing answer hands its place straight to this one.
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}
