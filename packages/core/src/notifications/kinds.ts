import { z } from 'zod';
import { emailSchema, idSchema } from '../schemas';
import { PASSWORD_MAX_LENGTH } from '../password-policy';

/**
 * The kinds of e-mail Insikt sends (issue 15 §5). Every message in the outbox has one; a user
 * chooses which of them they receive, except the ones about their own account.
 */
export const NOTICE_KINDS = [
  'deviationReported',
  'deviationAnswered',
  'deviationDue',
  'financeDeadline',
  'invitation',
  'passwordReset',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** An invitation or a password link is the only way in: switching them off would lock a person out. */
export const MANDATORY_NOTICE_KINDS: readonly NoticeKind[] = ['invitation', 'passwordReset'];

export const isMandatoryNotice = (kind: NoticeKind) => MANDATORY_NOTICE_KINDS.includes(kind);

/** The languages an e-mail is written in. */
export const NOTICE_LOCALES = ['sv', 'en'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];

/** pending: waits for (another) attempt; sent: the mail server accepted it; failed: given up on. */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A user's choice: the language of their e-mails and the kinds they have switched off. */
export const noticePreferencesInput = z.object({
  locale: z.enum(NOTICE_LOCALES),
  disabledKinds: z
    .array(z.enum(NOTICE_KINDS))
    .max(NOTICE_KINDS.length)
    .refine((kinds) => kinds.every((k) => !isMandatoryNotice(k)), {
      message: 'Inbjudningar och länkar för nytt lösenord går inte att stänga av.',
    }),
});
export type NoticePreferencesInput = z.infer<typeof noticePreferencesInput>;

/** "Glömt lösenordet?": the address to send a link to (an address with no account gets the same answer). */
export const passwordResetRequestInput = z.object({ email: emailSchema });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestInput>;

/** A new password set through a single-use link from an e-mail (reset or invitation). */
export const passwordLinkInput = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, 'Länken är ofullständig. Öppna den igen från e-postmeddelandet.'),
  newPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});
export type PasswordLinkInput = z.infer<typeof passwordLinkInput>;

export const outboxQuery = z.object({
  status: z.enum(OUTBOX_STATUSES).optional(),
  associationId: idSchema.optional(),
});
export type OutboxQuery = z.infer<typeof outboxQuery>;
