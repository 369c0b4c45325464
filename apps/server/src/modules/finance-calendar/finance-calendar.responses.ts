import { z } from 'zod';
import { FINANCE_EVENT_KEYS, idSchema, versionSchema } from '@insikt/core';

const eventFields = {
  id: z.string(),
  key: z.enum(FINANCE_EVENT_KEYS).nullable(),
  title: z.string().nullable(),
  month: z.number().int(),
  day: z.number().int(),
  enabled: z.boolean(),
  reminderDays: z.number().int(),
};

export const financeCalendarView = z
  .object({
    associationId: idSchema,
    associationName: z.string(),
    today: z.string(),
    events: z.array(z.object({ ...eventFields, nextDate: z.string(), daysLeft: z.number().int() })),
    version: versionSchema.nullable(),
  })
  .meta({ id: 'FinanceCalendar' });

export const financeDeadline = z
  .object({
    associationId: idSchema,
    associationName: z.string(),
    eventId: z.string(),
    key: z.enum(FINANCE_EVENT_KEYS).nullable(),
    title: z.string().nullable(),
    date: z.string(),
    daysLeft: z.number().int(),
  })
  .meta({ id: 'FinanceDeadline' });
