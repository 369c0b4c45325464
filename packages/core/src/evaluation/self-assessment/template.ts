import { z } from 'zod';

/** The two self-assessment models: tolvfältaren for a förbund, niofältsmodellen for one insats. */
export const SELF_ASSESSMENT_KINDS = ['twelve', 'nine'] as const;
export type SelfAssessmentKind = (typeof SELF_ASSESSMENT_KINDS)[number];

/** The grid's rows and columns (seed 004's table); the niofält uses the first three rows. */
export const GRID_ROWS = ['participants', 'staff', 'organisation', 'association'] as const;
export const GRID_COLUMNS = ['structure', 'process', 'results'] as const;
export type GridRow = (typeof GRID_ROWS)[number];
export type GridColumn = (typeof GRID_COLUMNS)[number];

/** How many fields a model has: 4 × 3 or 3 × 3. */
export const FIELD_COUNT: Record<SelfAssessmentKind, number> = { twelve: 12, nine: 9 };

/** Where field `number` (1-based, row by row as in seed 004) sits in the grid. */
export function gridPosition(number: number): { row: GridRow; column: GridColumn } {
  return { row: GRID_ROWS[Math.floor((number - 1) / 3)]!, column: GRID_COLUMNS[(number - 1) % 3]! };
}

export interface TemplateQuestion {
  /** Stable within a template: "<field>.<n>", so answers and carried actions find their question. */
  key: string;
  text: string;
  help: string;
}
export interface TemplateField {
  number: number;
  questions: TemplateQuestion[];
}

// Seed 004, l.9–12: the questions word for word (field 9's "myndighets-samverkan" as the seed spells it).
const QUESTIONS: string[][] = [
  ['Finns ett gemensamt mål för deltagaren?', 'Finns de insatser som behövs?', 'Är målgruppen relevant?'],
  ['Är deltagaren aktiv i rehabiliteringen?', 'Är interventionen relevant?'],
  ['Är deltagaren rehabiliterad?', 'Finns bortfallsanalys?'],
  ['Finns erforderlig personal?', 'Har personalen de resurser som behövs?'],
  ['Utvecklar personalen ett effektivt samarbete?', 'Kan personalen möta deltagarnas behov?'],
  ['Utvecklas en dokumenterad samarbetskompetens?', 'Effektiviseras rehabiliteringsarbetet?'],
  ['Ställer myndigheterna personal till förfogande?', 'Använder myndigheterna samordningsförbundet för samverkan?'],
  ['Stödjer myndigheterna samverkan?', 'Tar myndigheterna till sig erfarenheter från samverkan?'],
  ['Förbättras myndighets-samverkan?', 'Ökar inre eller yttre effektivitet inom myndigheten?'],
  ['Har förbundet tillräcklig legitimitet?', 'Har förbundet tillräckligt med resurser?'],
  ['Arbetar samordningsförbundet med strukturella frågor eller enbart operativa?'],
  ['Bidrar förbundet till bättre rehabilitering?'],
];

// Seed 004, field 9: its own use of the terms (not the organisation effectiveness of seed 002).
const HELP: Record<string, string> = {
  '9.2':
    'Inre effektivitet: myndigheten utnyttjar sina egna resurser bättre, internt på ett effektivare sätt. ' +
    'Yttre effektivitet: myndigheten använder sina resurser tillsammans med andra mer effektivt (seed 004, fält 9).',
};

/** The version of the built-in templates; a förbund's copy counts its own versions from 1. */
export const BUILT_IN_TEMPLATE_VERSION = 1;

/**
 * The built-in template: tolvfältaren's 12 fields with seed 004's questions, or the niofält, which
 * reuses fields 1–9 (Insikt's choice: seed 002 l.470 names the model but gives no questions).
 */
export function builtInTemplate(kind: SelfAssessmentKind): TemplateField[] {
  return QUESTIONS.slice(0, FIELD_COUNT[kind]).map((texts, i) => ({
    number: i + 1,
    questions: texts.map((text, q) => {
      const key = `${i + 1}.${q + 1}`;
      return { key, text, help: HELP[key] ?? '' };
    }),
  }));
}

const questionInput = z.object({
  /** Absent for a question added in this edit: the server gives it the next free key of its field. */
  key: z
    .string()
    .regex(/^\d{1,2}\.\d{1,3}$/)
    .optional(),
  text: z.string().trim().min(1).max(500),
  help: z.string().trim().max(2000).default(''),
});

/** A förbund's edit of its template copy: every field, in order, each with at least one question. */
export const templateInput = z.object({
  fields: z
    .array(z.object({ number: z.number().int().min(1).max(12), questions: z.array(questionInput).min(1).max(20) }))
    .min(9)
    .max(12),
  version: z.number().int().nonnegative(),
});
export type TemplateInput = z.infer<typeof templateInput>;

/**
 * The fields of a template edit with keys for new questions (after every key of `previous`, the
 * template before the edit), or the first problem in Swedish: the model's number of fields, in
 * order, and no key used twice or moved to another field.
 */
export function normaliseTemplate(
  kind: SelfAssessmentKind,
  fields: TemplateInput['fields'],
  previous: readonly TemplateField[] = [],
): { ok: true; fields: TemplateField[] } | { ok: false; message: string } {
  if (fields.length !== FIELD_COUNT[kind])
    return { ok: false, message: `Mallen ska ha ${FIELD_COUNT[kind]} fält, inte ${fields.length}.` };
  const out: TemplateField[] = [];
  for (const [i, field] of fields.entries()) {
    if (field.number !== i + 1) return { ok: false, message: `Fält ${i + 1} saknas eller står i fel ordning.` };
    const used = new Set<string>();
    for (const q of field.questions) {
      if (!q.key) continue;
      if (!q.key.startsWith(`${field.number}.`) || used.has(q.key))
        return {
          ok: false,
          message: `Frågan ${q.key} i fält ${field.number} är dubblerad eller hör till ett annat fält.`,
        };
      used.add(q.key);
    }
    // Past the highest key the field has ever had, so a removed question's key (and the answers
    // and carried actions filed under it) never lands on a different question.
    const earlier = previous.find((f) => f.number === field.number)?.questions.map((q) => q.key) ?? [];
    let next = Math.max(0, ...[...used, ...earlier].map((k) => Number(k.split('.')[1])));
    out.push({
      number: field.number,
      questions: field.questions.map((q) => ({
        key: q.key ?? `${field.number}.${(next += 1)}`,
        text: q.text,
        help: q.help,
      })),
    });
  }
  return { ok: true, fields: out };
}
