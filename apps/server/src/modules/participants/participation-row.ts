import {
  followUpEntryOf,
  FOLLOW_UP_KINDS,
  mentionsFollowUp,
  resolveFollowUp,
  todayIso,
  type FollowUpKind,
  type ParsedPersonnummer,
  type ParticipationInput,
} from '@insikt/core';

/** The stored columns of one follow-up (null when nothing is recorded). */
export function followUpColumns(kind: FollowUpKind, followUp: ReturnType<typeof resolveFollowUp>) {
  const f = followUp;
  return kind === '6m'
    ? {
        followUp6m: f?.support ?? null,
        followUp6mDate: f?.date ?? null,
        followUp6mReached: f?.reached ?? null,
        followUp6mOccupation: f?.occupation ?? null,
        followUp6mWorkHours: f?.workHours ?? null,
        followUp6mStudyHours: f?.studyHours ?? null,
      }
    : {
        followUp12m: f?.support ?? null,
        followUp12mDate: f?.date ?? null,
        followUp12mReached: f?.reached ?? null,
        followUp12mOccupation: f?.occupation ?? null,
        followUp12mWorkHours: f?.workHours ?? null,
        followUp12mStudyHours: f?.studyHours ?? null,
      };
}

/**
 * The follow-up columns the input speaks of: a follow-up whose fields are all absent is left as
 * stored, so a client that does not know the follow-up fields (or a file without the columns)
 * never erases one recorded on the follow-up screen.
 */
function mentionedFollowUps(input: ParticipationInput, today: string) {
  return Object.assign(
    {},
    ...FOLLOW_UP_KINDS.map((kind) => {
      const entry = followUpEntryOf(input, kind);
      return mentionsFollowUp(entry) ? followUpColumns(kind, resolveFollowUp(entry, today)) : {};
    }),
  ) as Partial<ReturnType<typeof followUpColumns>>;
}

/**
 * The stored columns of a participation, from validated input and a resolved identity. Gender
 * and birth come from the personnummer when one is given (participant-data.md §1). Shared by
 * registration in the form and by the import, so both store exactly the same thing.
 */
export function participationRow(
  associationId: string,
  input: ParticipationInput,
  identity: {
    personId: string | null;
    anonymousKey: string | null;
    pnr: ParsedPersonnummer | null;
    knownBirthDate?: string | null;
  },
) {
  const { pnr } = identity;
  return {
    associationId,
    interventionId: input.interventionId,
    personId: identity.personId,
    anonymousKey: identity.anonymousKey,
    // Kept per enrolment only with consent; without it nothing identifying is stored.
    personReference: input.consent ? input.personReference || null : null,
    consent: input.consent,
    consentDate: input.consentDate ?? null,
    gender: pnr?.gender ?? input.gender!,
    birthYear: pnr ? Number(pnr.birthDate.slice(0, 4)) : input.birthYear!,
    birthDate: pnr?.birthDate ?? identity.knownBirthDate ?? null,
    municipalityCode: input.municipalityCode ?? null,
    startDate: input.startDate,
    exitDate: input.exitDate ?? null,
    exitReason: input.exitReason ?? null,
    education: input.education ?? null,
    publicSupportBefore: input.publicSupportBefore ?? null,
    supportBefore: input.supportBefore,
    supportAfter: input.supportAfter,
    occupationBefore: input.occupationBefore,
    occupationAfter: input.occupationAfter,
    workHoursBefore: input.workHoursBefore ?? null,
    studyHoursBefore: input.studyHoursBefore ?? null,
    workHoursAfter: input.workHoursAfter ?? null,
    studyHoursAfter: input.studyHoursAfter ?? null,
    obstacles: input.obstacles,
    ...mentionedFollowUps(input, todayIso()),
    dropoutReason: input.dropoutReason ?? null,
    comment: input.comment ?? null,
  };
}
