import type { DeviationReportInput } from '@insikt/core';
import type { Database, Executor } from '../../db/open-db';
import { AppError } from '../../platform/errors';
import { findAssociation } from '../organisation/organisation.repository';
import { countReportAttempt, namesOf, settingsByToken } from './deviations.repository';
import { reportDeviation, type ReportOutcome } from './report-deviation';

/** Reports per förbund link and minute; more is someone flooding the form. */
export const REPORTS_PER_MINUTE = 20;

const MESSAGES = {
  not_found: {
    sv: 'Länken finns inte eller är avstängd. Fråga förbundet efter den aktuella länken.',
    en: 'The link does not exist or has been turned off. Ask the association for the current link.',
  },
  rate_limited: {
    sv: 'Många rapporterar just nu. Vänta en minut och skicka igen – din text finns kvar.',
    en: 'Many reports are coming in right now. Wait a minute and send again – your text is kept.',
  },
} as const;

async function openLink(ex: Executor, token: string, language: 'sv' | 'en') {
  const settings = await settingsByToken(ex, token);
  if (!settings || !settings.reportLinkEnabled) throw new AppError(404, 'not_found', MESSAGES.not_found[language]);
  return settings;
}

/** What the report page needs: the förbund's name, its members (the parties) and its insatser. */
export async function publicReportForm(ex: Executor, token: string, language: 'sv' | 'en') {
  const settings = await openLink(ex, token, language);
  const association = await findAssociation(ex, settings.associationId);
  const names = await namesOf(ex, settings.associationId);
  return { associationName: association!.name, members: names.members, interventions: names.interventions };
}

/**
 * A report through the link (issue 15 §1): no login, no cookie, no IP or browser stored (the actor
 * has none), rate limited per link in the database as the survey links are (decision 0035).
 */
export async function submitPublicReport(
  database: Database,
  token: string,
  input: DeviationReportInput,
): Promise<ReportOutcome> {
  const { db } = database;
  const settings = await openLink(db, token, input.language);
  if ((await countReportAttempt(db, settings.associationId)) > REPORTS_PER_MINUTE)
    throw new AppError(429, 'rate_limited', MESSAGES.rate_limited[input.language]);
  const actor = {
    userId: null,
    email: '',
    name: '',
    roles: [],
    sessionId: null,
    mustChangePassword: false,
    origin: { ip: null, userAgent: null },
  };
  return db.transaction((tx) => reportDeviation(tx, actor, settings.associationId, 'link', input));
}
