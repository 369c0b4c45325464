import { availableLanguages, distributionStatus, todayIso, type SurveyLanguage } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { publicError } from './public-messages';
import { findLinkByToken } from './responses.repository';

/** The link's survey, or the respondent's error: unknown (404) or closed (410). */
export async function openLink(ex: Executor, token: string, language: SurveyLanguage) {
  const found = await findLinkByToken(ex, token);
  if (!found) throw publicError('not_found', language);
  const status = distributionStatus(found.distribution, todayIso());
  if (status === 'closed') throw publicError('survey_closed', language);
  return { ...found, status };
}

/**
 * The respondent page's survey: its texts in every language it has (the page picks), and whether it
 * is open. Before it opens the questions are not shown, only when it opens (issue 14 §3).
 */
export async function publicSurvey(ex: Executor, token: string, asked: SurveyLanguage) {
  const { questionnaire: q, distribution, status } = await openLink(ex, token, asked);
  const languages = availableLanguages(q);
  return {
    kind: q.kind,
    title: q.title,
    intro: q.intro ?? null,
    thanks: q.thanks ?? null,
    sections: status === 'open' ? q.sections : [],
    language: languages.includes(asked) ? asked : ('sv' as const),
    languages,
    status,
    opensOn: distribution.opensOn,
    closesOn: distribution.closesOn,
    needsCode: distribution.usesCodes,
  };
}
