import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { idSchema, versionSchema } from '../schemas';
import { answersSchema } from './answers';
import {
  questionnaireSchema,
  RESPONDENT_GROUPS,
  SURVEY_LANGUAGES,
  type LocalizedText,
  type Questionnaire,
  type SurveyLanguage,
} from './model';

/**
 * What staff and respondents send to the survey module (issue 14 §1–3). The questionnaire itself is
 * checked by `questionnaireSchema`; these are the envelopes around it.
 */
const name = z.string().trim().min(1, 'Ange ett namn.').max(200, 'Högst 200 tecken.');
const note = z.string().trim().max(2_000, 'Högst 2 000 tecken.');

/** A template copied from a built-in (by key) or from one of the förbund's own templates. */
export const createTemplateInput = z
  .object({
    name,
    fromBuiltIn: z.string().max(64).optional(),
    fromTemplateId: idSchema.optional(),
  })
  .strict()
  .refine((v) => (v.fromBuiltIn === undefined) !== (v.fromTemplateId === undefined), {
    message: 'Välj antingen en inbyggd mall eller en av förbundets mallar att utgå från.',
  });
export type CreateTemplateInput = z.infer<typeof createTemplateInput>;

export const updateTemplateInput = z
  .object({ name, description: note, source: note, questionnaire: questionnaireSchema, version: versionSchema })
  .strict();
export type UpdateTemplateInput = z.infer<typeof updateTemplateInput>;

/** A survey made from a template (built-in or own), for some insatser or (none) the whole förbund. */
export const createSurveyInput = z
  .object({
    name,
    interventionIds: z.array(idSchema).max(100).default([]),
    fromBuiltIn: z.string().max(64).optional(),
    fromTemplateId: idSchema.optional(),
  })
  .strict()
  .refine((v) => (v.fromBuiltIn === undefined) !== (v.fromTemplateId === undefined), {
    message: 'Välj antingen en inbyggd mall eller en av förbundets mallar att utgå från.',
  });
export type CreateSurveyInput = z.infer<typeof createSurveyInput>;

/** The name may always change; the questionnaire only until the first answer (and never when locked). */
export const updateSurveyInput = z
  .object({ name, questionnaire: questionnaireSchema, version: versionSchema })
  .strict();
export type UpdateSurveyInput = z.infer<typeof updateSurveyInput>;

const distributionFields = {
  respondentGroup: z.enum(RESPONDENT_GROUPS),
  opensOn: isoDateSchema(),
  closesOn: isoDateSchema(),
  invitedCount: z.number().int().min(1, 'Antalet tillfrågade är minst 1.').max(1_000_000).nullable().default(null),
};
const datesInOrder = (v: { opensOn: string; closesOn: string }) => v.opensOn <= v.closesOn;
const datesMessage = { message: 'Sista svarsdagen kan inte ligga före den första.', path: ['closesOn'] };

export const createDistributionInput = z
  .object({
    ...distributionFields,
    /** One or more of the survey's insatser; none: the whole förbund (one link without insats). */
    interventionIds: z.array(idSchema).max(100).default([]),
    usesCodes: z.boolean().default(false),
  })
  .strict()
  .refine(datesInOrder, datesMessage);
export type CreateDistributionInput = z.infer<typeof createDistributionInput>;

/** The group, dates and invited count may change; the insatser (and so the links) may not. */
export const updateDistributionInput = z
  .object({ ...distributionFields, version: versionSchema })
  .strict()
  .refine(datesInOrder, datesMessage);
export type UpdateDistributionInput = z.infer<typeof updateDistributionInput>;

export const MAX_CODES_PER_BATCH = 1_000;
export const createCodesInput = z
  .object({
    count: z.number().int().min(1).max(MAX_CODES_PER_BATCH, `Högst ${MAX_CODES_PER_BATCH} koder åt gången.`),
    /** The link printed on the cards; needed when the distribution has one link per insats. */
    linkId: idSchema.optional(),
  })
  .strict();
export type CreateCodesInput = z.infer<typeof createCodesInput>;

/** An interview or a paper form entered by staff (issue 14 §2, mixed mode as in 002). */
export const staffResponseInput = z
  .object({
    mode: z.enum(['interview', 'paper']),
    interventionId: idSchema.nullable().default(null),
    language: z.enum(SURVEY_LANGUAGES).default('sv'),
    /** The day of the interview or of the form; the day only (issue 14 §3). */
    answeredOn: isoDateSchema().optional(),
    answers: answersSchema,
  })
  .strict();
export type StaffResponseInput = z.infer<typeof staffResponseInput>;

/** What the respondent page sends: no identity, only the answers (and a single-use code if asked for). */
export const publicResponseInput = z
  .object({
    language: z.enum(SURVEY_LANGUAGES).default('sv'),
    answers: answersSchema,
    code: z.string().trim().min(1).max(40).optional(),
  })
  .strict();
export type PublicResponseInput = z.infer<typeof publicResponseInput>;

export const DISTRIBUTION_STATUSES = ['not_open', 'open', 'closed'] as const;
export type DistributionStatus = (typeof DISTRIBUTION_STATUSES)[number];

/** Whether a distribution takes answers on `today`: from its first to its last day, unless closed by hand. */
export function distributionStatus(
  d: { opensOn: string; closesOn: string; closedEarly: boolean },
  today: string,
): DistributionStatus {
  if (d.closedEarly || today > d.closesOn) return 'closed';
  return today < d.opensOn ? 'not_open' : 'open';
}

/** Every localized text of a questionnaire (title, intro, thanks, sections, questions, options, …). */
function textsOf(q: Questionnaire): LocalizedText[] {
  const out: (LocalizedText | undefined)[] = [q.title, q.intro, q.thanks];
  for (const section of q.sections) {
    out.push(section.title, section.intro);
    for (const question of section.questions) {
      out.push(question.text, question.help);
      if (question.type === 'number') out.push(question.unit);
      if (question.type === 'matrix') question.statements.forEach((s) => out.push(s.text));
      const options = 'options' in question ? question.options : 'scale' in question ? question.scale.options : [];
      options.forEach((o) => out.push(o.label));
    }
  }
  return out.filter((t): t is LocalizedText => t !== undefined);
}

/** The languages a questionnaire can be answered in: Swedish, and each other language every text has. */
export function availableLanguages(q: Questionnaire): SurveyLanguage[] {
  const texts = textsOf(q);
  return SURVEY_LANGUAGES.filter((language) => language === 'sv' || texts.every((t) => t[language] !== undefined));
}
