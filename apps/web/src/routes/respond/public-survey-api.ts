import type { AnswerProblem, Answers, SurveyLanguage } from '@insikt/core';
import type { PublicSurvey, PublicSurveyThanks } from '../../lib/types';

/** A failed request to the public survey endpoints: the status decides which message the page shows. */
export class PublicSurveyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: AnswerProblem[] = [],
  ) {
    super(message);
  }
}

/**
 * The respondent page talks to the server without credentials: a member of staff who is signed in
 * in the same browser sends no session cookie with an anonymous answer, so not even the request
 * carries anything that points at a person (decision 0036).
 */
async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/public/surveys/${path}`, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new PublicSurveyError(0, 'network_error');
  }
  const data = (await response.json().catch(() => null)) as
    | (T & { error?: undefined; problems?: undefined })
    | { error?: { message?: string; issues?: { field?: string; message: string }[] }; problems?: AnswerProblem[] }
    | null;
  if (!response.ok) {
    // The answer problems come as `problems` (questionId, message) or as the error body's field issues.
    const problems =
      data?.problems ??
      (data?.error?.issues ?? []).flatMap((i) => (i.field ? [{ questionId: i.field, message: i.message }] : []));
    throw new PublicSurveyError(response.status, data?.error?.message ?? response.statusText, problems);
  }
  return data as T;
}

export const fetchPublicSurvey = (token: string, language: SurveyLanguage) =>
  request<PublicSurvey>('GET', `${encodeURIComponent(token)}?lang=${language}`);

export const submitResponse = (token: string, body: { language: SurveyLanguage; answers: Answers; code?: string }) =>
  request<PublicSurveyThanks>('POST', `${encodeURIComponent(token)}/responses`, body);
