/**
 * What every e-mail needs from the configuration: the address users reach Insikt at. Set once when
 * the app is built (app.ts) so that callers can enqueue with just their transaction handle.
 */
let publicUrl = 'http://localhost:3000';
const wakers = new Set<() => void>();

export function configureNotices(settings: { publicUrl: string }): void {
  publicUrl = settings.publicUrl;
}

/** An absolute link into Insikt for an e-mail, e.g. noticeLink('/konto'). */
export function noticeLink(path: string): string {
  return `${publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Lets a delivery worker in this process hear that a message was just enqueued. */
export function onNoticeEnqueued(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

export function noticeEnqueued(): void {
  for (const wake of wakers) wake();
}
