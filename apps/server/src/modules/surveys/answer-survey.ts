import {
  checkAnswers,
  distributionStatus,
  textIn,
  todayIso,
  type AnswerProblem,
  type PublicResponseInput,
} from '@insikt/core';
import type { Database } from '../../db/open-db';
import { defaultThanks, publicError } from './public-messages';
import { openLink } from './public-survey';
import { countAttempt, insertResponse, lockForAnswer, useCode } from './responses.repository';
import { newRecordKey, type SurveyCodeHasher } from './survey-secrets';

export interface AnswerDeps {
  codes: SurveyCodeHasher;
  /** Attempts per link and minute (config: INSIKT_SURVEY_RATE_LIMIT). */
  perMinute: number;
}

export type AnswerOutcome = { thanks: string } | { problems: AnswerProblem[] };

/**
 * Stores one anonymous answer through a link (issue 14 §3): counted against the link's rate limit
 * first (in the database, so every app server counts), checked against the questionnaire, and with a
 * single-use code marked used in the same transaction as the insert. Nothing about the respondent is
 * stored: the day, the link's insats, the language and the answers, with a random record key.
 */
export async function answerSurvey(
  database: Database,
  deps: AnswerDeps,
  token: string,
  input: PublicResponseInput,
): Promise<AnswerOutcome> {
  const { db } = database;
  const language = input.language;
  const { link, distribution, questionnaire, surveyVersion, status } = await openLink(db, token, language);
  // Wrong codes and refused answers use up attempts too: that is what stops guessing codes.
  if ((await countAttempt(db, link.id)) > deps.perMinute) throw publicError('rate_limited', language);
  if (status === 'not_open') throw publicError('survey_not_open', language);
  // Checked before the transaction, so no connection is held while the answers are read.
  const checked = checkAnswers(questionnaire, input.answers, language);
  if (checked.problems.length > 0) return { problems: checked.problems };
  if (distribution.usesCodes && !input.code) throw publicError('code_rejected', language);
  await db.transaction(async (tx) => {
    const current = await lockForAnswer(tx, distribution.id);
    if (!current || distributionStatus(current, todayIso()) === 'closed') throw publicError('survey_closed', language);
    // The wording changed since it was read (possible only before the first answer): check again.
    if (current.surveyVersion !== surveyVersion) throw publicError('survey_changed', language);
    if (distribution.usesCodes) {
      const used = await useCode(tx, distribution.id, deps.codes.hash(link.id, input.code!));
      if (used === 'unknown') throw publicError('code_rejected', language);
      if (used === 'already_used') throw publicError('code_used', language);
    }
    await insertResponse(tx, {
      associationId: distribution.associationId,
      distributionId: distribution.id,
      linkId: link.id,
      interventionId: link.interventionId,
      mode: distribution.usesCodes ? 'code' : 'web',
      language,
      answeredOn: todayIso(),
      recordKey: newRecordKey(),
      answers: checked.answers,
    });
  });
  return { thanks: questionnaire.thanks ? textIn(questionnaire.thanks, language) : defaultThanks[language] };
}
