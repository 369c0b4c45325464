import { z } from 'zod';
import '../../schemas';
import { questionnaireSchema } from '../model';
import { describeIssues } from './issue-path';

/**
 * A survey template as a file (issue 14 §1): how a förbund brings in a questionnaire whose wording
 * it does not own (NNS's indicator questionnaires) and how it takes a template to another förbund.
 * `locked` travels with the file: a locked template's wording cannot be edited (see `wordingChanges`).
 */
export const TEMPLATE_FILE_FORMAT = 'insikt-survey-template';
export const TEMPLATE_FILE_VERSION = 1;
/** A template file is small (the largest built-in is about 16 000 characters); a larger one is refused unparsed. */
export const TEMPLATE_FILE_MAX_CHARS = 1_000_000;

export const templateFileSchema = z
  .object({
    format: z.literal(TEMPLATE_FILE_FORMAT),
    formatVersion: z.literal(TEMPLATE_FILE_VERSION),
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2_000).optional(),
    /** Where the wording comes from, e.g. "NNS indikatorenkät 2024" or "002 Bilaga 6". */
    source: z.string().trim().max(200).optional(),
    locked: z.boolean(),
    questionnaire: questionnaireSchema,
  })
  .strict();
export type TemplateFile = z.infer<typeof templateFileSchema>;
export type TemplateFileContent = Omit<TemplateFile, 'format' | 'formatVersion'>;

export type TemplateFileResult = { ok: true; template: TemplateFile } | { ok: false; errors: string[] };

/** The template as the JSON file a förbund downloads (format and version first, readable indentation). */
export function templateToJson(template: TemplateFileContent): string {
  const file: TemplateFile = templateFileSchema.parse({
    format: TEMPLATE_FILE_FORMAT,
    formatVersion: TEMPLATE_FILE_VERSION,
    ...template,
  });
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a template file, all or nothing: the template, or every problem in Swedish, each naming
 * where in the file it is (`avsnitt 1 › fråga 3 ("tid") › text › svenska: …`).
 */
export function templateFromJson(text: string): TemplateFileResult {
  if (text.length > TEMPLATE_FILE_MAX_CHARS) {
    return { ok: false, errors: ['Filen är för stor för en enkätmall (högst 1 000 000 tecken).'] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`Filen är inte giltig JSON (${(error as Error).message}).`] };
  }
  const head = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  if (head.format !== TEMPLATE_FILE_FORMAT) {
    return {
      ok: false,
      errors: [`Filen är ingen enkätmall från Insikt: fältet "format" ska vara "${TEMPLATE_FILE_FORMAT}".`],
    };
  }
  if (head.formatVersion !== TEMPLATE_FILE_VERSION) {
    return {
      ok: false,
      errors: [
        `Filen har formatversion ${JSON.stringify(head.formatVersion)}; den här versionen av Insikt läser version ${TEMPLATE_FILE_VERSION}.`,
      ],
    };
  }
  const parsed = templateFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: describeIssues(data, parsed.error.issues) };
  return { ok: true, template: parsed.data };
}
