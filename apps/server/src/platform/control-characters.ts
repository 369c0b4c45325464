import { invalid, type FieldIssue } from './errors';

// NUL cannot be stored in PostgreSQL text; other C0 controls (except tab and line breaks) have no
// place in anything a person types and only serve to hide or break what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** No form of Insikt nests deeper; a deeper body is an attack on the parser, not data. */
const MAX_DEPTH = 32;

/**
 * Every string field holding a forbidden control character, with its path (e.g.
 * `goals.0.description`). Walks with its own stack, so no body can exhaust the call stack.
 */
export function controlCharacterIssues(body: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value: body, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > MAX_DEPTH) return [{ field: 'body', message: 'Uppgifterna är för djupt nästlade.' }];
    if (typeof value === 'string') {
      if (FORBIDDEN.test(value))
        issues.push({ field: path.join('.') || 'body', message: 'Texten innehåller ett otillåtet styrtecken.' });
    } else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, String(i)] }));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return issues;
}

/** Refuses a JSON body with control characters before any route sees it (a 400 naming the field). */
export function refuseControlCharacters(body: unknown): void {
  const issues = controlCharacterIssues(body);
  if (issues.length > 0) throw invalid(issues);
}

export const hasControlCharacters = (text: string) => FORBIDDEN.test(text);

/** The text with each forbidden character shown as �, for an error message that names the value. */
export const showControlCharacters = (text: string) => text.replace(FORBIDDEN_ALL, '\uFFFD');
