import { z } from 'zod';
import {
  EDUCATION_LEVELS,
  EXIT_REASONS,
  GENDERS,
  OCCUPATIONS,
  PUBLIC_SUPPORT_DURATIONS,
  SUPPORT_CODES,
} from './participation';
import { parsePersonnummer } from './personnummer';
import { isoDateSchema } from './dates';
import { idSchema, municipalityCodeSchema } from './schemas';
import { FOLLOW_UP_FIELDS, followUpEntryOf, followUpEntryShape, followUpProblems } from './follow-up/record';
import { FOLLOW_UP_KINDS } from './follow-up/window';

/** Today's date in Sweden (an exit registered at 00:30 belongs to the Swedish date, not UTC's). */
// Made once: constructing a DateTimeFormat costs far more than formatting, and validation runs per row.
const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
export const todayIso = (now = new Date()) => swedishDate.format(now);

const isoDate = isoDateSchema();
const hours = z
  .number()
  .min(0, 'Timmar per vecka kan inte vara negativt.')
  .max(40, 'Högst 40 timmar per vecka.')
  .nullish();

/**
 * One participation as entered in the form, the API and (after column mapping) the import:
 * the fields and rules of participant-data.md §1. `today` can be fixed so the rule "exit not
 * in the future" is testable; by default it is read at every validation.
 */
export function participationSchema(options: { today?: string; identityRequired?: boolean } = {}) {
  return z
    .object({
      interventionId: idSchema,
      consent: z.boolean(),
      consentDate: isoDate.nullish(),
      personReference: z.string().trim().max(100).nullish(),
      personnummer: z.string().trim().max(20).nullish(),
      gender: z.enum(GENDERS).nullish(),
      birthYear: z.number().int().min(1900, 'Födelseåret måste vara 1900 eller senare.').nullish(),
      municipalityCode: municipalityCodeSchema.nullish(),
      startDate: isoDate,
      exitDate: isoDate.nullish(),
      exitReason: z.enum(EXIT_REASONS).nullish(),
      education: z.enum(EDUCATION_LEVELS).nullish(),
      publicSupportBefore: z.enum(PUBLIC_SUPPORT_DURATIONS).nullish(),
      supportBefore: z.array(z.enum(SUPPORT_CODES)).max(14).default([]),
      supportAfter: z.array(z.enum(SUPPORT_CODES)).max(14).default([]),
      occupationBefore: z.array(z.enum(OCCUPATIONS)).max(5).default([]),
      occupationAfter: z.array(z.enum(OCCUPATIONS)).max(5).default([]),
      workHoursBefore: hours,
      studyHoursBefore: hours,
      workHoursAfter: hours,
      studyHoursAfter: hours,
      obstacles: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
      // The follow-ups after exit (docs/decisions/0022), one flat field per part as in the import.
      followUp6m: followUpEntryShape.support,
      followUp6mDate: followUpEntryShape.date,
      followUp6mReached: followUpEntryShape.reached,
      followUp6mOccupation: followUpEntryShape.occupation,
      followUp6mWorkHours: followUpEntryShape.workHours,
      followUp6mStudyHours: followUpEntryShape.studyHours,
      followUp12m: followUpEntryShape.support,
      followUp12mDate: followUpEntryShape.date,
      followUp12mReached: followUpEntryShape.reached,
      followUp12mOccupation: followUpEntryShape.occupation,
      followUp12mWorkHours: followUpEntryShape.workHours,
      followUp12mStudyHours: followUpEntryShape.studyHours,
      dropoutReason: z.string().max(1000).nullish(),
      comment: z.string().max(2000).nullish(),
    })
    .superRefine((p, ctx) => {
      const today = options.today ?? todayIso();
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const pnr = p.personnummer ? parsePersonnummer(p.personnummer) : null;
      if (p.personnummer && !pnr) issue('personnummer', 'Personnumret är inte giltigt (datum eller kontrollsiffra).');
      // When editing, the stored identity stays unless a new one is given.
      if (options.identityRequired !== false && p.consent && !p.personReference && !p.personnummer) {
        issue(
          'personReference',
          'Ange deltagar-id eller personnummer, eller registrera deltagaren anonymt (utan samtycke).',
        );
      }
      // An invalid personnummer is the one error to fix; no follow-on errors about what it would give.
      if (!p.gender && !p.personnummer) issue('gender', 'Ange kön (kvinna eller man) eller ett personnummer.');
      if (p.gender && pnr && p.gender !== pnr.gender) issue('gender', 'Kön stämmer inte med personnumret.');
      if (p.birthYear == null && !p.personnummer) issue('birthYear', 'Ange födelseår eller ett personnummer.');
      if (p.birthYear != null && p.birthYear > Number(today.slice(0, 4)))
        issue('birthYear', 'Födelseåret kan inte ligga i framtiden.');
      if (p.exitDate) {
        if (p.exitDate < p.startDate) issue('exitDate', 'Slutdatum kan inte vara före startdatum.');
        if (p.exitDate > today) issue('exitDate', 'Slutdatum kan inte ligga i framtiden.');
        if (!p.exitReason) issue('exitReason', 'Ange avslutsorsak när slutdatum är ifyllt.');
      } else if (p.exitReason) {
        issue('exitDate', 'Ange slutdatum när avslutsorsak är ifylld.');
      }
      if (p.startDate > today) issue('startDate', 'Startdatum kan inte ligga i framtiden.');
      for (const kind of FOLLOW_UP_KINDS)
        for (const problem of followUpProblems(kind, followUpEntryOf(p, kind), p.exitDate, today))
          issue(FOLLOW_UP_FIELDS[kind][problem.part], problem.message);
    });
}
export type ParticipationInput = z.infer<ReturnType<typeof participationSchema>>;
export const participationInput = participationSchema();
/** Editing: the stored identity is kept when none is sent; the version read guards against lost updates. */
export const participationUpdateInput = participationSchema({ identityRequired: false }).and(
  z.object({ version: z.number().int().nonnegative() }),
);
