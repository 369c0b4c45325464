import type { z } from 'zod';

type Path = readonly PropertyKey[];

const FIELD_NAMES: Record<string, string> = {
  name: 'namn',
  description: 'beskrivning',
  source: 'källa',
  locked: 'låst',
  questionnaire: 'formulär',
  kind: 'typ av formulär',
  title: 'rubrik',
  intro: 'inledning',
  thanks: 'tack',
  sections: 'avsnitt',
  questions: 'fråga',
  statements: 'påstående',
  options: 'alternativ',
  scale: 'skala',
  positive: 'positiva',
  text: 'text',
  label: 'text',
  help: 'hjälptext',
  sv: 'svenska',
  en: 'engelska',
};

/** The id at `path` in the parsed-but-invalid data, if there is one (a question's or option's id). */
function idAt(data: unknown, path: Path): string | undefined {
  let node: unknown = data;
  for (const key of path)
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * A zod path in Swedish for someone who wrote the file by hand: `questionnaire.sections[0].questions[2].text.sv`
 * → `avsnitt 1 › fråga 3 ("tid") › text › svenska`. Positions count from 1 and ids are named.
 */
export function describeIssuePath(data: unknown, path: Path): string {
  const parts: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      const id = idAt(data, path.slice(0, i + 1));
      parts[parts.length - 1] = `${parts.at(-1) ?? 'rad'} ${key + 1}${id ? ` ("${id}")` : ''}`;
    } else {
      parts.push(FIELD_NAMES[String(key)] ?? String(key));
    }
  });
  return parts.join(' › ');
}

/** Every issue as one Swedish line, naming where it is. */
export const describeIssues = (data: unknown, issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((issue) => {
    const where = describeIssuePath(data, issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
