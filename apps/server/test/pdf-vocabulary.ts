import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import * as core from '@insikt/core';
import { DEMO_ASSOCIATIONS, DEMO_INTERVENTIONS, DEMO_ROLES } from '../src/modules/demo/demo-data';

const repo = path.resolve(import.meta.dirname, '../../..');

/** The server files that write text into a PDF; core is read whole (labels, notes, chart texts). */
const PDF_SOURCES = [
  'apps/server/src/platform/pdf.ts',
  'apps/server/src/platform/charts.ts',
  'apps/server/src/modules/reports/outcome-pdf.ts',
  'apps/server/src/modules/reports/before-after-table.ts',
  'apps/server/src/modules/reports/outcome-table.ts',
  'apps/server/src/modules/reports/outcome-xlsx.ts',
  'apps/server/src/modules/socioeconomic/analysis-files.ts',
  'apps/server/src/modules/socioeconomic/analysis-tables.ts',
  'apps/server/src/modules/deviations/deviation-files.ts',
  'apps/server/src/modules/deviations/deviation-statistics.ts',
  'apps/server/src/modules/allocation/allocation-tables.ts',
  'apps/server/src/modules/allocation/allocation-exports.ts',
  'apps/server/src/modules/demo/demo-finmodel.ts',
  // The national price list's name.
  'apps/server/src/db/seed-reference.ts',
];

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(f))
    .map((f) => path.join(dir, f));
}

/** Every string literal and template text in a TypeScript file (comments left out). */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(repo, file), 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** Every string in a value: code lists, label maps, the demo's records. */
function strings(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 6 || value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap((v) => strings(v, depth + 1));
}

function seedNames(): string[] {
  return ['lan.csv', 'kommuner.csv'].flatMap((f) =>
    fs.readFileSync(path.join(repo, 'apps/server/seed-data', f), 'utf8').split(/[;,\r\n]+/),
  );
}

/**
 * Every text the PDF generators can put on a page: the literals of the PDF code and of core (code
 * lists, indicator names, notes, chart texts), the exported label maps of core, the demo's names and
 * SCB's names of län and kommuner (they name förbund, members and groups), and numbers as sv-SE writes them.
 */
export function pdfTexts(): string[] {
  return [
    ...[...PDF_SOURCES, ...sourceFiles('packages/core/src')].flatMap(literals),
    ...strings(core),
    ...strings([DEMO_ASSOCIATIONS, DEMO_INTERVENTIONS, DEMO_ROLES]),
    ...seedNames(),
    // Members are named from SCB's names in the genitive ("Gislaveds kommun", decision 0064).
    ...seedNames().map(core.kommunName),
    (-1234567.5).toLocaleString('sv-SE'),
    (0.5).toLocaleString('sv-SE', { style: 'percent' }),
  ];
}

/** The words (runs of letters) of a text, in lower case (labels are lower-cased inside sentences). */
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** The words of those texts: a word in a PDF that is not among them was cut. */
export function pdfWords(): Set<string> {
  return new Set(pdfTexts().flatMap(wordsOf));
}
