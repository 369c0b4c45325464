import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULE_MESSAGES, joinedMessages } from '../src/lib/messages';

const SRC = join(import.meta.dirname, '../src');

interface Leaf {
  /** The key as a screen writes it: "report.columns.kvinna", or "auditActions.auth.login". */
  key: string;
  /** The same with the tree's own levels marked, since some property names hold dots (audit actions). */
  levels: string;
  value: unknown;
}
const LEVEL = '\u001f';
/** Top-level keys that are lists of codes, looked up by a code at run time. */
const DICTIONARIES = [
  'roles',
  'roleDescriptions',
  'auditActions',
  'auditSummaries',
  'auditFields',
  'entityTypes',
  'memberKinds',
  'bodies',
  'bodyRoles',
  'codes',
];

function leaves(tree: unknown, path: string[] = []): Leaf[] {
  if (typeof tree !== 'object' || tree === null)
    return [{ key: path.join('.'), levels: path.join(LEVEL), value: tree }];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.i18n.ts') ? [path] : [];
  });
}

/**
 * What the screens refer to: every quoted string (a key may travel in a variable before it reaches t),
 * and every template literal with its `${…}` parts as one key segment each (t(`codes.kind.${k}`)).
 */
function references(): { literals: Set<string>; patterns: RegExp[] } {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/'([^'\n]+)'|"([^"\n]+)"/g)) literals.add(m[1] ?? m[2] ?? '');
    for (const m of text.matchAll(/`([^`\n]+)`/g)) {
      const body = m[1] ?? '';
      if (!body.includes('${')) literals.add(body);
      // A string that starts with a run-time value is not a key (form field paths such as `${kind}.${code}`).
      else if (/^[a-zA-Z]/.test(body)) {
        const source = body
          .split(/\$\{[^}]*\}/)
          .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
          .map((part) => part.replaceAll('\\.', LEVEL))
          .join(`[^${LEVEL}]+`);
        patterns.push(new RegExp(`^${source}$`));
      }
    }
  }
  return { literals, patterns };
}

describe('translations', () => {
  it('give no top-level key to two modules', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [module, messages] of Object.entries(MODULE_MESSAGES))
      for (const key of Object.keys(messages.sv)) {
        const owner = owners.get(key);
        if (owner) clashes.push(`${key}: ${owner} och ${module}`);
        owners.set(key, module);
      }
    expect(clashes).toEqual([]);
  });

  it('have every key, and only those, in Swedish and English, none empty', () => {
    const keys = (language: 'sv' | 'en') =>
      leaves(joinedMessages(language))
        .map((l) => l.levels)
        .sort();
    expect(keys('en')).toEqual(keys('sv'));
    const empty = (language: 'sv' | 'en') =>
      leaves(joinedMessages(language))
        .filter(({ value }) => typeof value !== 'string' || value.trim() === '')
        .map((l) => l.key);
    expect(empty('sv')).toEqual([]);
    expect(empty('en')).toEqual([]);
  });

  it('are all used by some screen', () => {
    // A key built at run time names the object it picks from (t(`report.periodKinds.${k}`)): a
    // pattern right under a module's top level would count every key of the module as used.
    const { patterns: all } = references();
    const modules = Object.keys(joinedMessages('sv')).filter((k) => !DICTIONARIES.includes(k));
    const tooWide = all.map((p) => p.source).filter((s) => modules.some((m) => s.startsWith(`^${m}${LEVEL}[`)));
    expect(tooWide).toEqual([]);
    const { literals, patterns } = references();
    // i18next plural forms are asked for by their base key and a count.
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const unused = leaves(joinedMessages('sv'))
      .filter(({ key, levels }) => !literals.has(base(key)) && !patterns.some((p) => p.test(base(levels))))
      .map((l) => l.key);
    expect(unused).toEqual([]);
  });
});

describe('texts', () => {
  // Modules of overview.md that Insikt does not have yet (and sign-in with e-legitimation, decision
  // 0007): no screen may promise them. Remove a module's words here when it lands.
  const NOT_YET: Record<'sv' | 'en', RegExp[]> = {
    sv: [/utvärderingar/i, /e-legitimation/i],
    en: [/\bevaluations\b/i, /\be-ID\b/i],
  };
  it.each(['sv', 'en'] as const)('promise no feature Insikt does not have (%s)', (language) => {
    const promises = leaves(joinedMessages(language)).filter(
      ({ value }) => typeof value === 'string' && NOT_YET[language].some((word) => word.test(value)),
    );
    expect(promises.map((l) => `${l.key}: ${String(l.value)}`)).toEqual([]);
  });
});

describe('code lists shown side by side', () => {
  // An insats's outcome and its barriers stand on the same board: one label for both ("Inget beslut")
  // read as the same thing (issue 13 review §7).
  it.each(['sv', 'en'] as const)('give implementation outcomes and barriers different labels (%s)', (language) => {
    const { codes } = (
      joinedMessages(language) as { implementation: { codes: Record<string, Record<string, string>> } }
    ).implementation;
    const outcomes = new Set(Object.values(codes.outcome!));
    expect(Object.values(codes.barrier!).filter((label) => outcomes.has(label))).toEqual([]);
  });
});
