import { z } from 'zod';
import { daysBetween } from '../participation';
import { versionSchema } from '../schemas';

/**
 * The yearly cycle of a förbund's economy (finance.md "Budget, accounts and calendar"; seed 003 l.149
 * and l.208). Each default has its own key, so a förbund can move or turn it off without losing it.
 */
export const FINANCE_EVENT_KEYS = [
  'annualReport',
  'memberConsultation',
  'letterToParties',
  'interimReport1',
  'statePreliminary',
  'membersAnswer',
  'interimReport2',
  'septemberWorkday',
  'budgetConsultation',
  'budgetSet',
] as const;
export type FinanceEventKey = (typeof FINANCE_EVENT_KEYS)[number];

/** The defaults' names, for e-mails and files (the screens have their own in i18n). */
export const FINANCE_EVENT_SV: Record<FinanceEventKey, string> = {
  annualReport: 'Årsredovisningen klar',
  memberConsultation: 'Medlemssamråd',
  letterToParties: 'Brev till parterna om medel för nästa år',
  interimReport1: 'Delårsrapport 1',
  statePreliminary: 'Statens preliminära fördelning',
  membersAnswer: 'Medlemmarnas svar till staten',
  interimReport2: 'Delårsrapport 2',
  septemberWorkday: 'Arbetsdag för styrelse och beredningsgrupp (budget år 2 och 3)',
  budgetConsultation: 'Samråd med medlemmarna om budgetförslaget',
  budgetSet: 'Styrelsen fastställer budgeten',
};
export const FINANCE_EVENT_EN: Record<FinanceEventKey, string> = {
  annualReport: 'Annual report ready',
  memberConsultation: "Members' consultation",
  letterToParties: "Letter to the parties about next year's funds",
  interimReport1: 'Interim report 1',
  statePreliminary: "The state's preliminary allocation",
  membersAnswer: "Members' answer to the state",
  interimReport2: 'Interim report 2',
  septemberWorkday: 'Workday of the board and preparatory group (budget years 2 and 3)',
  budgetConsultation: 'Consultation with the members on the budget proposal',
  budgetSet: 'The board sets the budget',
};

/** Days before a deadline that its reminder goes, unless the förbund chooses otherwise. */
export const DEFAULT_REMINDER_DAYS = 14;
export const MAX_REMINDER_DAYS = 120;

/**
 * The defaults: 003's cycle (medlemssamråd at the end of February with the annual report ready, the letter
 * in March–April, the state's allocation in June, the members' answer by August, the September workday,
 * samråd, the budget by 30 November) and interim reports on 30 April and 31 August (issue 16's
 * correction). Where the seed names a month, the deadline is its last day; the workday, the samråd and the
 * annual report have no date in the sources and are our choice (decision 0056).
 */
const DEFAULT_DATES: Record<FinanceEventKey, [month: number, day: number]> = {
  annualReport: [2, 15],
  memberConsultation: [2, 28],
  letterToParties: [4, 30],
  interimReport1: [4, 30],
  statePreliminary: [6, 30],
  membersAnswer: [8, 31],
  interimReport2: [8, 31],
  septemberWorkday: [9, 15],
  budgetConsultation: [10, 31],
  budgetSet: [11, 30],
};

/** One event of the cycle: a default (`key`) or the förbund's own (`title`), on the same day every year. */
export interface FinanceEvent {
  /** The key for a default, a uuid for an own event: reminders are deduplicated on it. */
  id: string;
  key: FinanceEventKey | null;
  title: string | null;
  month: number;
  day: number;
  enabled: boolean;
  reminderDays: number;
}

export const defaultFinanceEvents = (): FinanceEvent[] =>
  FINANCE_EVENT_KEYS.map((key) => ({
    id: key,
    key,
    title: null,
    month: DEFAULT_DATES[key][0],
    day: DEFAULT_DATES[key][1],
    enabled: true,
    reminderDays: DEFAULT_REMINDER_DAYS,
  }));

const daysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const daysInAnyYear = (month: number) => daysIn(month, 2024);

const eventInput = z
  .object({
    id: z.string().max(64).optional(),
    key: z.enum(FINANCE_EVENT_KEYS).nullable(),
    // The title is an e-mail's subject: one line.
    title: z
      .string()
      .trim()
      .max(120)
      .regex(/^[^\r\n]*$/, 'Benämningen ska stå på en rad.')
      .nullable(),
    month: z.number().int().min(1, 'Månaden är 1–12.').max(12, 'Månaden är 1–12.'),
    day: z.number().int().min(1, 'Dagen måste vara minst 1.').max(31, 'Dagen kan vara högst 31.'),
    enabled: z.boolean(),
    reminderDays: z
      .number()
      .int()
      .min(0, 'Påminnelsen går tidigast samma dag (0 dagar före).')
      .max(MAX_REMINDER_DAYS, `Påminnelsen kan gå högst ${MAX_REMINDER_DAYS} dagar före.`),
  })
  .superRefine((e, ctx) => {
    if (e.day > daysInAnyYear(e.month))
      ctx.addIssue({ code: 'custom', path: ['day'], message: `Månad ${e.month} har inte ${e.day} dagar.` });
    if (e.key === null && !e.title)
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'En egen händelse behöver en benämning.' });
  });

/**
 * The whole cycle of a förbund, saved at once. The defaults are turned off, not removed (`enabled`); an own
 * event left out is deleted. `version` null: the förbund has not saved a cycle and uses the defaults.
 */
export const financeCalendarInput = z.object({
  events: z
    .array(eventInput)
    .max(60)
    .refine((events) => {
      const keys = events.map((e) => e.key).filter((k) => k !== null);
      return new Set(keys).size === keys.length;
    }, 'Varje standardhändelse kan finnas en gång.'),
  version: versionSchema.nullable(),
});
export type FinanceCalendarInput = z.infer<typeof financeCalendarInput>;

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The event's date in `year`; 29 February falls on the 28th in other years. */
export const occurrenceIn = (e: Pick<FinanceEvent, 'month' | 'day'>, year: number) =>
  iso(year, e.month, Math.min(e.day, daysIn(e.month, year)));

/** The event's next date on or after `today` (ISO). */
export function nextOccurrence(e: Pick<FinanceEvent, 'month' | 'day'>, today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = occurrenceIn(e, year);
  return thisYear >= today ? thisYear : occurrenceIn(e, year + 1);
}

export interface Deadline {
  event: FinanceEvent;
  date: string;
  daysLeft: number;
}

/** The enabled events falling within `withinDays` of `today`, soonest first. Source: issue 16 §7. */
export function upcomingDeadlines(events: readonly FinanceEvent[], today: string, withinDays: number): Deadline[] {
  return events
    .filter((e) => e.enabled)
    .map((event) => {
      const date = nextOccurrence(event, today);
      return { event, date, daysLeft: daysBetween(today, date) };
    })
    .filter((d) => d.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.date.localeCompare(b.date));
}

/**
 * The deadlines whose reminder is due today: enabled, and today within the event's reminder days before
 * its date (a server down on the exact day still reminds later; the caller sends each once per date).
 */
export const dueReminders = (events: readonly FinanceEvent[], today: string): Deadline[] =>
  upcomingDeadlines(events, today, MAX_REMINDER_DAYS).filter((d) => d.daysLeft <= d.event.reminderDays);

/** The events in the order of the year (by date, defaults before own events on the same day). */
export const inYearOrder = (events: readonly FinanceEvent[]) =>
  [...events].sort((a, b) => a.month - b.month || a.day - b.day || Number(a.key === null) - Number(b.key === null));
