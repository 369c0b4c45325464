import { z } from 'zod';
import { questionnaireSchema, type LocalizedText, type Questionnaire } from '../model';

/**
 * Small builders for the built-in templates, so each template file reads like the seed's text.
 * The built-ins are written as input (defaults left out) and parsed once, so a mistake in them
 * fails at load and in the tests rather than in a förbund's survey.
 */
type QuestionnaireInput = z.input<typeof questionnaireSchema>;
type SectionInput = QuestionnaireInput['sections'][number];
export type QuestionInput = SectionInput['questions'][number];
type ScaleInput = Extract<QuestionInput, { type: 'scale' }>['scale'];
type OptionInput = ScaleInput['options'][number];

/** A text in Swedish, with Insikt's English translation where the template is respondent-facing. */
export const t = (sv: string, en?: string): LocalizedText => (en === undefined ? { sv } : { sv, en });

export const option = (id: string, sv: string, en?: string, flags: Partial<OptionInput> = {}): OptionInput => ({
  id,
  label: t(sv, en),
  ...flags,
});

/** A free-text question: the respondent's open answer, or the interviewer's notes in a guide. */
export const open = (id: string, text: LocalizedText, help?: LocalizedText): QuestionInput => ({
  id,
  type: 'text',
  text,
  ...(help ? { help } : {}),
});

/** A matrix: statements (given as [id, text]) answered on one scale. */
export const matrix = (
  id: string,
  text: LocalizedText,
  scale: ScaleInput,
  statements: [string, LocalizedText][],
): QuestionInput => ({
  id,
  type: 'matrix',
  text,
  scale,
  statements: statements.map(([statementId, statement]) => ({ id: statementId, text: statement })),
});

export const questionnaire = (input: QuestionnaireInput): Questionnaire => questionnaireSchema.parse(input);

/**
 * An interview guide: each question a free-text field for the interviewer's notes (002 Bilaga 1–3),
 * given as [id, text] or [id, text, help]. Swedish only: the interviewer reads it.
 */
export function interviewGuide(
  title: string,
  intro: string | undefined,
  sections: { id: string; title?: string; intro?: string; questions: [string, string, string?][] }[],
): Questionnaire {
  return questionnaire({
    kind: 'interview_guide',
    title: t(title),
    ...(intro ? { intro: t(intro) } : {}),
    sections: sections.map((s) => ({
      id: s.id,
      ...(s.title ? { title: t(s.title) } : {}),
      ...(s.intro ? { intro: t(s.intro) } : {}),
      questions: s.questions.map(([id, text, help]) => open(id, t(text), help ? t(help) : undefined)),
    })),
  });
}
