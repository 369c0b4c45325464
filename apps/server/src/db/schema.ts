// Every module keeps its tables next to its repository; this index lets drizzle and the code that
// spans modules (migrations, demo data, tests) import them from one place.
export * from '../modules/organisation/organisation.schema';
export * from '../modules/users/users.schema';
export * from '../modules/auth/auth.schema';
export * from '../modules/audit/audit.schema';
export * from '../modules/interventions/interventions.schema';
export * from '../modules/participants/participants.schema';
export * from '../modules/socioeconomic/socioeconomic.schema';
export * from '../modules/implementation/implementation.schema';
export * from '../modules/theory-of-change/theory-of-change.schema';
export * from '../modules/self-assessments/self-assessments.schema';
export * from '../modules/yearly-documents/yearly-documents.schema';
export * from '../modules/evidence/evidence.schema';
export * from '../modules/surveys/surveys.schema';
export * from '../modules/surveys/survey-composites.schema';
export * from '../modules/notifications/notifications.schema';
export * from '../modules/deviations/deviations.schema';
export * from '../modules/finance/finance.schema';
export * from '../modules/allocation/allocation.schema';
export * from '../modules/contributions/contributions.schema';
export * from '../modules/finance-calendar/finance-calendar.schema';
export * from '../modules/structural/structural.schema';
