import { z } from 'zod';

/**
 * The survey model (issue 14, frameworks.md §5). A *questionnaire* (a template's content) is a list
 * of sections with questions; a *survey* is a questionnaire frozen from one template version; a
 * *distribution* sends a survey to one respondent group for one period. Answers are keyed by
 * question id, and a matrix's statements are answered under their own ids, so every id is unique
 * within a questionnaire and stays the same across template versions (that is what lets the same
 * survey be compared over several years).
 */

/** Languages the respondent page speaks; Swedish is always present, the others are optional. */
export const SURVEY_LANGUAGES = ['sv', 'en'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

export const SURVEY_TEXT_MAX = 2_000;
/** The longest free-text answer a respondent may give (the size limit of issue 14 §3). */
export const ANSWER_TEXT_MAX = 4_000;
export const MAX_QUESTIONS = 200;
export const MAX_OPTIONS = 30;

const text = (max = SURVEY_TEXT_MAX) =>
  z.string().trim().min(1, 'Texten får inte vara tom.').max(max, `Högst ${max} tecken.`);

/** A text in every language the questionnaire is written in: Swedish required, others optional. */
export const localizedTextSchema = z.object({ sv: text(), en: text().optional() }).strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in `language`, falling back to Swedish where a translation is missing. */
export const textIn = (value: LocalizedText, language: SurveyLanguage): string => value[language] ?? value.sv;

/** Ids are short, stable slugs: they are the column names of the raw-answer export. */
export const questionIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,47}$/, 'Id ska vara 1–48 tecken: a–z, 0–9, punkt, bindestreck eller understreck.');

export const optionSchema = z
  .object({
    id: questionIdSchema,
    label: localizedTextSchema,
    /** Outside the scale ("Vet ej"): counted in N as the source does, left out of means and of the share "utan vet ej". */
    outsideScale: z.boolean().optional(),
    /** "Annat, nämligen …": choosing it asks for a text. */
    other: z.boolean().optional(),
  })
  .strict();
export type SurveyOption = z.infer<typeof optionSchema>;

const options = z.array(optionSchema).min(2, 'Minst två svarsalternativ.').max(MAX_OPTIONS);

/** A scale: ordered options, the ids that count as positive (top-2 by default), numeric or not. */
export const scaleSchema = z
  .object({
    options,
    /** The options counted as "positiva" (empty: the two highest in-scale options). */
    positive: z.array(questionIdSchema).default([]),
    /** The in-scale options are 1…n in order, so a mean is meaningful (egenbedömning 1–5). */
    numeric: z.boolean().default(false),
  })
  .strict();
export type Scale = z.infer<typeof scaleSchema>;

const base = {
  id: questionIdSchema,
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean().default(false),
};

export const QUESTION_TYPES = ['scale', 'single', 'multiple', 'number', 'date', 'text', 'matrix'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const statementSchema = z.object({ id: questionIdSchema, text: localizedTextSchema }).strict();

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('scale'), scale: scaleSchema }).strict(),
  z.object({ ...base, type: z.literal('single'), options }).strict(),
  z.object({ ...base, type: z.literal('multiple'), options, maxChoices: z.number().int().min(1).optional() }).strict(),
  z
    .object({
      ...base,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().default(false),
      unit: localizedTextSchema.optional(),
    })
    .strict(),
  z.object({ ...base, type: z.literal('date') }).strict(),
  z.object({ ...base, type: z.literal('text'), multiline: z.boolean().default(true) }).strict(),
  z
    .object({
      ...base,
      type: z.literal('matrix'),
      scale: scaleSchema,
      statements: z.array(statementSchema).min(1).max(MAX_OPTIONS),
    })
    .strict(),
]);
export type SurveyQuestion = z.infer<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<SurveyQuestion, { type: T }>;

export const sectionSchema = z
  .object({
    id: questionIdSchema,
    title: localizedTextSchema.optional(),
    intro: localizedTextSchema.optional(),
    questions: z.array(questionSchema).max(MAX_QUESTIONS),
  })
  .strict();
export type SurveySection = z.infer<typeof sectionSchema>;

/**
 * A questionnaire is answered by respondents; an interview guide is a list of questions the
 * interviewer asks, with notes per answer (002 Bilaga 1–3).
 */
export const QUESTIONNAIRE_KINDS = ['questionnaire', 'interview_guide'] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

export const questionnaireSchema = z
  .object({
    kind: z.enum(QUESTIONNAIRE_KINDS),
    title: localizedTextSchema,
    intro: localizedTextSchema.optional(),
    thanks: localizedTextSchema.optional(),
    sections: z.array(sectionSchema).min(1).max(MAX_QUESTIONS),
  })
  .strict()
  .superRefine((q, ctx) => {
    for (const problem of questionnaireProblems(q)) ctx.addIssue({ code: 'custom', message: problem });
  });
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** Every answerable id in a questionnaire: questions, and a matrix's statements instead of the matrix. */
export function answerIds(q: Pick<Questionnaire, 'sections'>): string[] {
  return q.sections.flatMap((s) =>
    s.questions.flatMap((question) =>
      question.type === 'matrix' ? question.statements.map((st) => st.id) : [question.id],
    ),
  );
}

/** Every question of a questionnaire in order. */
export const questionsOf = (q: Pick<Questionnaire, 'sections'>): SurveyQuestion[] =>
  q.sections.flatMap((s) => s.questions);

/** The ids that must be unique: sections, questions, statements, and options within a question. */
function questionnaireProblems(q: Questionnaire): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const claim = (id: string, what: string) => {
    if (seen.has(id)) problems.push(`Id "${id}" används mer än en gång (${what}).`);
    seen.add(id);
  };
  // Per form, not per section: 200 sections of 200 questions would make every check of it quadratic work.
  if (questionsOf(q).length > MAX_QUESTIONS) problems.push(`Högst ${MAX_QUESTIONS} frågor i ett formulär.`);
  for (const section of q.sections) claim(section.id, 'avsnitt');
  for (const question of questionsOf(q)) {
    claim(question.id, 'fråga');
    if (question.type === 'matrix') question.statements.forEach((s) => claim(s.id, 'påstående'));
    const opts = 'options' in question ? question.options : 'scale' in question ? question.scale.options : [];
    const optionIds = opts.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length) {
      problems.push(`Frågan "${question.id}" har två svarsalternativ med samma id.`);
    }
    if ('scale' in question) {
      for (const p of question.scale.positive) {
        const option = question.scale.options.find((o) => o.id === p);
        if (!option) problems.push(`Frågan "${question.id}": det positiva alternativet "${p}" finns inte.`);
        else if (option.outsideScale) {
          problems.push(`Frågan "${question.id}": "${p}" ligger utanför skalan och kan inte räknas som positivt.`);
        }
      }
      if (question.scale.options.filter((o) => !o.outsideScale).length < 2) {
        problems.push(`Frågan "${question.id}": skalan behöver minst två alternativ som inte ligger utanför skalan.`);
      }
    }
    if (question.type === 'number' && question.min !== undefined && question.max !== undefined) {
      if (question.min > question.max) problems.push(`Frågan "${question.id}": min är större än max.`);
    }
  }
  return problems;
}

/** The options on the scale proper, in order (without "vet ej" and the like). */
export const inScaleOptions = (scale: Scale): SurveyOption[] => scale.options.filter((o) => !o.outsideScale);

/** The positive set: as chosen, or the two highest in-scale options by default (issue 14 §4). */
export function positiveOptionIds(scale: Scale): string[] {
  if (scale.positive.length > 0) return scale.positive;
  return inScaleOptions(scale)
    .slice(-2)
    .map((o) => o.id);
}

/** Who a distribution is sent to (issue 14 §2). */
export const RESPONDENT_GROUPS = [
  'participants',
  'intervention_staff',
  'ordinary_services',
  'board',
  'managers',
  'referrers',
  'other',
] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

/** How an answer came in: the anonymous web link, a single-use code, or entered by staff (interview, paper). */
export const RESPONSE_MODES = ['web', 'code', 'interview', 'paper'] as const;
export type ResponseMode = (typeof RESPONSE_MODES)[number];
