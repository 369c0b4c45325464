import { commonMessages } from './common.i18n';
import { allocationMessages } from '../routes/allocation/allocation.i18n';
import { accountMessages } from '../routes/account/account.i18n';
import { associationsMessages } from '../routes/associations/associations.i18n';
import { auditMessages } from '../routes/audit/audit.i18n';
import { evaluationMessages } from '../routes/evaluation/evaluation.i18n';
import { deviationsMessages } from '../routes/deviations/deviations.i18n';
import { contributionsMessages } from '../routes/contributions/contributions.i18n';
import { financeCalendarMessages } from '../routes/finance-calendar/finance-calendar.i18n';
import { effectivenessMessages } from '../routes/effectiveness/effectiveness.i18n';
import { evidenceMessages } from '../routes/evidence/evidence.i18n';
import { financeMessages } from '../routes/finance/finance.i18n';
import { followUpsMessages } from '../routes/follow-ups/follow-ups.i18n';
import { implementationMessages } from '../routes/implementation/implementation.i18n';
import { importMessages } from '../routes/import/import.i18n';
import { interventionsMessages } from '../routes/interventions/interventions.i18n';
import { loginMessages } from '../routes/login/login.i18n';
import { nationalFiguresMessages } from '../routes/national-figures/national-figures.i18n';
import { notificationsMessages } from '../routes/notifications/notifications.i18n';
import { participantsMessages } from '../routes/participants/participants.i18n';
import { programmeLogicMessages } from '../routes/programme-logic/programme-logic.i18n';
import { respondMessages } from '../routes/respond/respond.i18n';
import { reportsMessages } from '../routes/reports/reports.i18n';
import { selfAssessmentsMessages } from '../routes/self-assessments/self-assessments.i18n';
import { socioeconomicMessages } from '../routes/socioeconomic/socioeconomic.i18n';
import { surveysMessages } from '../routes/surveys/surveys.i18n';
import { surveyResultsMessages } from '../routes/surveys/results.i18n';
import { startMessages } from '../routes/start/start.i18n';
import { structuralMessages } from '../routes/structural/structural.i18n';
import { theoryOfChangeMessages } from '../routes/theory-of-change/theory-of-change.i18n';
import { usersMessages } from '../routes/users/users.i18n';

/**
 * Each module keeps its texts next to its screens, under top-level keys of its own (its namespace);
 * they are joined here into one resource per language. i18n.test.ts checks that no two modules claim
 * the same key, that both languages have every key and that every key is used.
 */
export const MODULE_MESSAGES = {
  common: commonMessages,
  allocation: allocationMessages,
  account: accountMessages,
  associations: associationsMessages,
  audit: auditMessages,
  deviations: deviationsMessages,
  contributions: contributionsMessages,
  financeCalendar: financeCalendarMessages,
  evaluation: evaluationMessages,
  effectiveness: effectivenessMessages,
  evidence: evidenceMessages,
  finance: financeMessages,
  followUps: followUpsMessages,
  implementation: implementationMessages,
  import: importMessages,
  interventions: interventionsMessages,
  login: loginMessages,
  nationalFigures: nationalFiguresMessages,
  notifications: notificationsMessages,
  participants: participantsMessages,
  programmeLogic: programmeLogicMessages,
  reports: reportsMessages,
  respond: respondMessages,
  selfAssessments: selfAssessmentsMessages,
  socioeconomic: socioeconomicMessages,
  start: startMessages,
  structural: structuralMessages,
  surveys: surveysMessages,
  surveyResults: surveyResultsMessages,
  theoryOfChange: theoryOfChangeMessages,
  users: usersMessages,
};

export type Language = 'sv' | 'en';
export function joinedMessages(language: Language): Record<string, unknown> {
  return Object.assign({}, ...Object.values(MODULE_MESSAGES).map((m) => m[language]));
}
