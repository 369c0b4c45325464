/** A thin, typed client for /api/v1: JSON in and out, the CSRF token on every change. */
import type { ErrorBody } from './types';

/** One field's problem in an error answer (the server's one error body, ErrorBody). */
export type FieldIssue = NonNullable<ErrorBody['error']['issues']>[number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The whole error answer, for the few that carry more than the error (e.g. survey answer problems). */
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Det gick inte att nå servern. Kontrollera anslutningen.');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as (T & { error?: undefined }) | ErrorBody | null;
  if (!response.ok) {
    const error = data && 'error' in data && data.error ? data.error : null;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal_error',
      error?.message ?? response.statusText,
      error?.issues,
      data,
    );
  }
  return data as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

/** Query string from an object, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Sends a file as the raw request body (the import endpoint streams it to disk). */
export async function upload<T>(path: string, file: File): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    body: file,
    credentials: 'same-origin',
  }).catch(() => {
    throw new ApiError(0, 'network_error', 'Det gick inte att nå servern. Kontrollera anslutningen.');
  });
  const data = (await response.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      data?.error?.code ?? 'internal_error',
      data?.error?.message ?? response.statusText,
      data?.error?.issues,
    );
  return data as T;
}

/**
 * A POST whose answer is a file the user saves (e.g. single-use codes, shown once and never again):
 * the answer is handed to the browser as a download instead of being parsed.
 */
export async function postForDownload(path: string, body: unknown, fileName: string): Promise<void> {
  const response = await fetch(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  }).catch(() => {
    throw new ApiError(0, 'network_error', 'Det gick inte att nå servern. Kontrollera anslutningen.');
  });
  if (!response.ok) {
    const data = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
    throw new ApiError(
      response.status,
      data?.error?.code ?? 'internal_error',
      data?.error?.message ?? response.statusText,
      data?.error?.issues,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has started the download by now; the object URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
