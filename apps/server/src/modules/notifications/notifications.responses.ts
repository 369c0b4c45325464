import { z } from 'zod';
import { idSchema, NOTICE_KINDS, NOTICE_LOCALES, OUTBOX_STATUSES } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

export const outboxMessage = z
  .object({
    id: idSchema,
    kind: z.enum(NOTICE_KINDS),
    status: z.enum(OUTBOX_STATUSES),
    associationId: idSchema.nullable(),
    associationName: z.string().nullable(),
    recipient: z.string().meta({ description: 'Kontots adress, eller en utomstående adress delvis dold.' }),
    toAccount: z.boolean(),
    subject: z.string(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: timestamp,
    nextAttemptAt: timestamp.nullable(),
    sentAt: timestamp.nullable(),
  })
  .meta({ id: 'OutboxMessage' });

export const outbox = z
  .object({
    emailConfigured: z.boolean().meta({ description: 'Falskt: SMTP_URL saknas, inget skickas och allt väntar.' }),
    counts: z.object({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
    messages: z.array(outboxMessage),
  })
  .meta({ id: 'Outbox' });

export const noticePreferencesBody = z
  .object({
    locale: z.enum(NOTICE_LOCALES),
    kinds: z.array(z.object({ kind: z.enum(NOTICE_KINDS), enabled: z.boolean(), mandatory: z.boolean() })),
  })
  .meta({ id: 'NoticePreferences' });

export const emailStatus = z.object({ emailConfigured: z.boolean() }).meta({ id: 'EmailStatus' });
