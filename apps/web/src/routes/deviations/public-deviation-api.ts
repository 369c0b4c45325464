import { ApiError } from '../../lib/api';
import type { DeviationPublication, DeviationReportForm, DeviationReported } from '../../lib/types';

/**
 * The report link and the open publication talk to the server without credentials: a member of
 * staff signed in in the same browser sends no session cookie with a report through the link, so
 * the request carries nothing that points at a person (as the survey page, decision 0036).
 */
async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/public/${path}`, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'network_error', 'network_error');
  }
  const data = (await response.json().catch(() => null)) as
    | (T & { error?: undefined })
    | { error?: { code?: string; message?: string; issues?: { field: string; message: string }[] } }
    | null;
  if (!response.ok) {
    const error = data && 'error' in data ? data.error : undefined;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal_error',
      error?.message ?? response.statusText,
      error?.issues ?? [],
      data,
    );
  }
  return data as T;
}

export const fetchReportForm = (token: string, language: 'sv' | 'en') =>
  request<DeviationReportForm>('GET', `deviations/${encodeURIComponent(token)}?lang=${language}`);

export const sendPublicReport = (token: string, body: unknown) =>
  request<DeviationReported>('POST', `deviations/${encodeURIComponent(token)}`, body);

export const fetchPublicPublication = (associationId: string) =>
  request<DeviationPublication>('GET', `associations/${encodeURIComponent(associationId)}/deviations`);
