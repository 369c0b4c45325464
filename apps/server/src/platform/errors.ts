/**
 * Domain errors as typed values. The HTTP layer maps them to a status and a JSON body with a
 * stable code and a Swedish message; nothing else (no stack, no SQL) reaches a user.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'version_conflict',
  'invalid_credentials',
  'account_locked',
  'password_rejected',
  'password_change_required',
  'account_disabled',
  'csrf_invalid',
  'rate_limited',
  'payload_too_large',
  'database_unavailable',
  'internal_error',
  // The anonymous survey page (issue 14 §3): the page shows each in the respondent's language.
  'survey_closed',
  'survey_not_open',
  'survey_changed',
  'code_rejected',
  'code_used',
  'answers_rejected',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  field: string;
  message: string;
  value?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Posten') => new AppError(404, 'not_found', `${what} finns inte.`);
export const forbidden = () => new AppError(403, 'forbidden', 'Du har inte behörighet att göra detta.');
export const unauthenticated = () =>
  new AppError(401, 'unauthenticated', 'Du är inte inloggad eller så har sessionen gått ut. Logga in igen.');
export const conflict = (message: string) => new AppError(409, 'conflict', message);
export const versionConflict = () =>
  new AppError(
    409,
    'version_conflict',
    'Någon annan har ändrat uppgifterna sedan du öppnade dem. Ladda om sidan och gör ändringen igen.',
  );
/** The embedded database's folder is gone: nothing written now would be kept (docs/operations.md). */
export const dataFolderLost = () =>
  new AppError(
    503,
    'database_unavailable',
    'Databasens mapp eller lås finns inte längre, så inget kan sparas. Återställ mappen och starta om Insikt.',
  );
export const invalid = (issues: FieldIssue[], message = 'Uppgifterna är inte giltiga.') =>
  new AppError(400, 'validation_failed', message, issues);
