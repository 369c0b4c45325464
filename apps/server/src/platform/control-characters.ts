import { invalid, type FieldIssue } from './errors';

// NUL cannot be stored in PostgreSQL text; other C0 controls (except tab and line breaks) have no
// place in anything a person types and only serve to hide or break what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
// Half of a UTF-16 pair on its own is no character: PostgreSQL refuses it in jsonb (the audit log).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

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
      else if (LONE_SURROGATE.test(value))
        issues.push({ field: path.join('.') || 'body', message: 'Texten innehåller ett ogiltigt tecken.' });
    } else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, String(i)] }));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return issues;
}

/**
 * Refuses a JSON body or query string with control characters or broken characters before any
 * route sees it (a 400 naming the field), so no route can pass them on to the database.
 */
export function refuseControlCharacters(value: unknown, prefix = ''): void {
  const issues = controlCharacterIssues(value).map((i) => ({
    ...i,
    field: prefix ? `${prefix}.${i.field}` : i.field,
  }));
  if (issues.length > 0) throw invalid(issues);
}

/** A copy with every forbidden or broken character replaced by �: what may go into a jsonb column. */
export function storableJson(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(FORBIDDEN_ALL, '\uFFFD').replace(LONE_SURROGATE_ALL, '\uFFFD');
  if (Array.isArray(value)) return value.map(storableJson);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableJson(k) as string, storableJson(v)]));
  return value;
}

export const hasControlCharacters = (text: string) => FORBIDDEN.test(text);

/** The text with each forbidden character shown as �, for an error message that names the value. */
export const showControlCharacters = (text: string) => text.replace(FORBIDDEN_ALL, '\uFFFD');
