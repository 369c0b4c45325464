import type { ParsedPersonnummer, ParticipationInput } from '@insikt/core';

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
    followUp6m: input.followUp6m ?? null,
    followUp12m: input.followUp12m ?? null,
    dropoutReason: input.dropoutReason ?? null,
    comment: input.comment ?? null,
  };
}
