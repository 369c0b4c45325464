import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { idSchema, versionSchema } from '../schemas';
import { ACTIVITY_KINDS } from './activities';

/** The key of "Övriga" (civil society and others who are not members of the förbund) in an activity's attendance. */
export const OTHER_ORGANISATION = 'ovriga';
export const OTHER_ORGANISATION_SV = 'Övriga';

const text = (max: number) => z.string().trim().max(max, `Högst ${max} tecken.`);
const count = (what: string) =>
  z
    .number({ error: `${what} måste vara ett tal.` })
    .int(`${what} måste vara ett heltal.`)
    .min(0, `${what} kan inte vara negativt.`)
    .max(10_000, `${what} kan vara högst 10 000.`);

/** People from one organisation at an activity, by gender: counts only, never who (issue 17 §1). */
export const attendanceInput = z.object({
  organisationId: z.union([idSchema, z.literal(OTHER_ORGANISATION)]),
  women: count('Antal kvinnor'),
  men: count('Antal män'),
  unknown: count('Antal med okänt kön'),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

// Quarter hours: a meeting of 1,5 h or 45 minutes, never a false precision.
const hours = z
  .number({ error: 'Antal timmar måste vara ett tal.' })
  .positive('Antal timmar måste vara mer än 0.')
  .max(24, 'En aktivitet kan vara högst 24 timmar.')
  .refine((h) => Number.isInteger(h * 4), 'Ange timmar i kvartar, t.ex. 1,5 eller 0,75.');

/** What every activity has, alone or as an occurrence of a series. */
const activityFields = z.object({
  kind: z.enum(ACTIVITY_KINDS, { error: 'Välj ett slag av aktivitet.' }),
  topic: text(200).min(1, 'Skriv aktivitetens ämne.'),
  hours,
  // Free text is checked for personnummer on every route (refuseIdentityNumbers).
  note: text(2000).default(''),
  attendance: z
    .array(attendanceInput)
    .max(60, 'Högst 60 organisationer per aktivitet.')
    .refine((a) => new Set(a.map((o) => o.organisationId)).size === a.length, {
      message: 'Varje organisation kan bara finnas en gång per aktivitet.',
    }),
});

export const activityInput = activityFields.extend({ date: isoDateSchema() });
export type ActivityInput = z.infer<typeof activityInput>;

export const activityUpdateInput = activityInput.extend({ version: versionSchema });
export type ActivityUpdateInput = z.infer<typeof activityUpdateInput>;

export const recurrenceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly'), everyWeeks: z.number().int().min(1).max(8) }),
  z.object({
    kind: z.literal('monthly-weekday'),
    week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  }),
]);

/** A recurring activity: every occurrence gets the same kind, topic, hours, organisations and counts. */
export const activitySeriesInput = activityFields.extend({
  first: isoDateSchema(),
  until: isoDateSchema(),
  rule: recurrenceInput,
});
export type ActivitySeriesInput = z.infer<typeof activitySeriesInput>;
