import { wordingChanges, type Questionnaire } from '@insikt/core';
import { conflict } from '../../platform/errors';

/**
 * Refuses a change of wording (core's `wordingChanges`: question texts, ids, options, scales) with
 * the list of what changed, naming each question. `why` says whose wording it is.
 */
export function refuseWordingChanges(before: Questionnaire, after: Questionnaire, why: string) {
  const changes = wordingChanges(before, after);
  if (changes.length > 0) throw conflict(`${why} ${changes.map((c) => c.message).join(' ')}`);
}

/** Whether anything in the questionnaire changed, for the audit entry. */
export const wordingChanged = (before: Questionnaire, after: Questionnaire) => wordingChanges(before, after).length > 0;
