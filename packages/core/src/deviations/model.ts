import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { idSchema, versionSchema } from '../schemas';

/** Deviation types, issue 15 §1 (seed 000: the first is "avvikelser från överenskommelsen mellan parterna"). */
export const DEVIATION_TYPES = [
  'agreement_breach',
  'rules_lock',
  'hard_to_reach',
  'information_lost',
  'other',
] as const;
export type DeviationType = (typeof DEVIATION_TYPES)[number];

/** The type that the indicator "antal avvikelser från överenskommelsen mellan parterna" counts (seed 000). */
export const AGREEMENT_DEVIATION_TYPE: DeviationType = 'agreement_breach';

/** Kinds of hinder, frameworks.md §6 (organisatoriskt, kulturellt, strukturellt). */
export const HINDER_KINDS = ['organisational', 'cultural', 'structural'] as const;
export type HinderKind = (typeof HINDER_KINDS)[number];

/** The case flow, issue 15 §2. */
export const DEVIATION_STATUSES = [
  'received',
  'investigating',
  'solved_locally',
  'raised',
  'answered',
  'published',
] as const;
export type DeviationStatus = (typeof DEVIATION_STATUSES)[number];

/** The bodies a case can be raised to and whose meetings set its deadline (seed 003). */
export const DEVIATION_BODIES = ['preparatoryGroup', 'board'] as const;
export type DeviationBody = (typeof DEVIATION_BODIES)[number];

/** The party "egen organisation": the reporter's own organisation, not one of the förbund's members. */
export const OWN_ORGANISATION = 'own';

/** How a case came in: through the förbund's report link (no login) or from a signed-in user. */
export const DEVIATION_CHANNELS = ['link', 'staff'] as const;
export type DeviationChannel = (typeof DEVIATION_CHANNELS)[number];

/** Swedish labels for board files, the feed and messages (the web has its own in i18n). */
export const DEVIATION_TYPE_SV: Record<DeviationType, string> = {
  agreement_breach: 'Frånvaro från eller brott mot överenskommelsen',
  rules_lock: 'Regelverk som låser',
  hard_to_reach: 'Svårt att nå rätt kontakt',
  information_lost: 'Information som inte förs vidare',
  other: 'Annat',
};
export const DEVIATION_STATUS_SV: Record<DeviationStatus, string> = {
  received: 'mottagen',
  investigating: 'under utredning',
  solved_locally: 'åtgärdad lokalt',
  raised: 'lyft till parterna',
  answered: 'besvarad',
  published: 'publicerad',
};
export const HINDER_KIND_SV: Record<HinderKind, string> = {
  organisational: 'Organisatoriskt',
  cultural: 'Kulturellt',
  structural: 'Strukturellt',
};

const text = (max: number) => z.string().trim().max(max, `Högst ${max} tecken.`);

/**
 * A count of deviation cases as an insats goal's indicator (issue 15 §4, decision 0050): the cases
 * about the insats received each calendar year, optionally only of some types and/or concerning some
 * parties (a member id, or OWN_ORGANISATION). Empty lists mean every type and every party.
 */
export const goalDeviationSource = z
  .object({
    types: z
      .array(z.enum(DEVIATION_TYPES))
      .max(DEVIATION_TYPES.length)
      .default([])
      .refine((t) => new Set(t).size === t.length, 'Varje typ får bara väljas en gång.'),
    parties: z
      .array(z.union([idSchema, z.literal(OWN_ORGANISATION)]))
      .max(50)
      .default([])
      .refine((p) => new Set(p).size === p.length, 'Varje part får bara väljas en gång.'),
  })
  .strict();
export type GoalDeviationSource = z.infer<typeof goalDeviationSource>;

/** Optional contact details of the reporter: stored apart from the case and never published. */
export const deviationContactInput = z.object({
  name: text(200).default(''),
  email: z.union([z.literal(''), z.email('Ange en giltig e-postadress.').max(254)]).default(''),
  phone: text(40).default(''),
});
export type DeviationContactInput = z.infer<typeof deviationContactInput>;

/** A report, from the link or the staff form (issue 15 §1). */
export const deviationReportInput = z
  .object({
    occurredOn: isoDateSchema(),
    interventionId: idSchema.nullable().default(null),
    forum: text(200).default(''),
    memberIds: z.array(idSchema).max(50).default([]),
    ownOrganisation: z.boolean().default(false),
    type: z.enum(DEVIATION_TYPES),
    hinderKind: z.enum(HINDER_KINDS).nullable().default(null),
    description: text(5000).min(1, 'Beskriv vad som hände.'),
    suggestion: text(5000).default(''),
    contact: deviationContactInput.nullable().default(null),
    /** The reporter has seen the warnings (phone numbers, e-mail addresses, names) and sends anyway. */
    acknowledgeWarnings: z.boolean().default(false),
    language: z.enum(['sv', 'en']).default('sv'),
  })
  .refine((r) => r.memberIds.length > 0 || r.ownOrganisation, {
    message: 'Välj minst en part som avvikelsen gäller.',
    path: ['memberIds'],
  })
  .refine((r) => r.interventionId !== null || r.forum !== '', {
    message: 'Välj en insats eller skriv vilket forum det gäller.',
    path: ['interventionId'],
  });
export type DeviationReportInput = z.infer<typeof deviationReportInput>;

/** A step in the flow, with the note stored beside who and when. */
export const deviationTransitionInput = z.object({
  to: z.enum(DEVIATION_STATUSES),
  note: text(2000).default(''),
  body: z.enum(DEVIATION_BODIES).nullable().default(null),
  meetingDate: isoDateSchema().nullable().default(null),
  version: versionSchema,
});
export type DeviationTransitionInput = z.infer<typeof deviationTransitionInput>;

/** What the handler edits beside the flow: who handles it, the body whose meetings set the deadline, the answer. */
export const deviationUpdateInput = z.object({
  handlerId: idSchema.nullable(),
  body: z.enum(DEVIATION_BODIES),
  answer: text(5000),
  version: versionSchema,
});
export type DeviationUpdateInput = z.infer<typeof deviationUpdateInput>;

export const deviationCommentInput = z.object({ text: text(2000).min(1, 'Skriv en kommentar.') });
export type DeviationCommentInput = z.infer<typeof deviationCommentInput>;

export const deviationSettingsInput = z.object({
  reportLinkEnabled: z.boolean(),
  publicationPublic: z.boolean(),
  version: versionSchema,
});
export type DeviationSettingsInput = z.infer<typeof deviationSettingsInput>;

export const bodyMeetingInput = z.object({ date: isoDateSchema() });
