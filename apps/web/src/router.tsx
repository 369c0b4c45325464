import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { AppLayout } from './routes/layout/app-layout';
import { NotFoundPage } from './routes/layout/not-found-page';
import { LoginPage } from './routes/login/login-page';
import { ForgotPasswordPage } from './routes/notifications/forgot-password-page';
import { SetPasswordPage } from './routes/notifications/set-password-page';
import { OutboxPage } from './routes/notifications/outbox-page';
import { StartPage } from './routes/start/start-page';
import { AssociationsPage } from './routes/associations/associations-page';
import { AssociationCreatePage } from './routes/associations/association-create-page';
import { AssociationPage } from './routes/associations/association-page';
import { UsersPage } from './routes/users/users-page';
import { UserCreatePage } from './routes/users/user-create-page';
import { UserPage } from './routes/users/user-page';
import { AuditPage } from './routes/audit/audit-page';
import { AccountPage } from './routes/account/account-page';
import { ChooseAssociation } from './routes/interventions/choose-association';
import { InterventionsPage } from './routes/interventions/interventions-page';
import { InterventionCreatePage } from './routes/interventions/intervention-create-page';
import { InterventionPage } from './routes/interventions/intervention-page';
import { ParticipantsPage } from './routes/participants/participants-page';
import { ParticipantCreatePage } from './routes/participants/participant-create-page';
import { ParticipantPage } from './routes/participants/participant-page';
import { ImportPage } from './routes/import/import-page';
import { FollowUpsPage } from './routes/follow-ups/follow-ups-page';
import { FollowUpPage } from './routes/follow-ups/follow-up-page';
import { FollowUpReportPage } from './routes/follow-ups/follow-up-report-page';
import { OutcomeReportPage } from './routes/reports/outcome-report-page';
import { SocioeconomicPage } from './routes/socioeconomic/socioeconomic-page';
import { EvaluationPage } from './routes/evaluation/evaluation-page';
import { ImplementationBoardPage } from './routes/implementation/implementation-board-page';
import { TocListPage } from './routes/theory-of-change/toc-list-page';
import { TocPage } from './routes/theory-of-change/toc-page';
import { SelfAssessmentsPage } from './routes/self-assessments/self-assessments-page';
import { AssessmentPage } from './routes/self-assessments/assessment-page';
import { FieldPage } from './routes/self-assessments/field-page';
import { ComparePage } from './routes/self-assessments/compare-page';
import { TemplatePage } from './routes/self-assessments/template-page';
import { ProgrammeLogicPage } from './routes/programme-logic/programme-logic-page';
import { EffectivenessPage } from './routes/effectiveness/effectiveness-page';
import { RespondPage } from './routes/respond/respond-page';
import { SurveysPage } from './routes/surveys/surveys-page';
import { SurveyPage } from './routes/surveys/survey-page';
import { SurveyResultsPage } from './routes/surveys/results-page';
import { TemplatesPage as SurveyTemplatesPage } from './routes/surveys/templates-page';
import { TemplatePage as SurveyTemplatePage } from './routes/surveys/template-page';
import { DeviationsPage } from './routes/deviations/deviations-page';
import { ReportPage as DeviationReportPage } from './routes/deviations/report-page';
import { CasePage as DeviationCasePage } from './routes/deviations/case-page';
import { PublishedPage as DeviationsPublishedPage } from './routes/deviations/published-page';
import { StatisticsPage as DeviationStatisticsPage } from './routes/deviations/statistics-page';
import { StructuralPage } from './routes/structural/structural-page';
import { ActivitiesPage } from './routes/structural/activities-page';
import { NationalFiguresPage } from './routes/national-figures/national-figures-page';
import { PublicReportPage } from './routes/deviations/public-report-page';
import { PublicPublishedPage } from './routes/deviations/public-published-page';
import { ContributionsPage } from './routes/contributions/contributions-page';
import { FinanceCalendarPage } from './routes/finance-calendar/finance-calendar-page';
import { AllocationPage } from './routes/allocation/allocation-page';
import { ModelYearPage } from './routes/allocation/model-year-page';
import { NewSimulationPage, SimulationPage } from './routes/allocation/simulation-page';
import { FinancePage } from './routes/finance/finance-page';
import { ComparisonPage as FinanceComparisonPage } from './routes/finance/comparison-page';

// Swedish paths: the addresses users see and share are in their language.
const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: NotFoundPage });
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/logga-in', component: LoginPage });
// Password links from e-mail: no session, outside the signed-in layout.
const forgotRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/glomt-losenord',
  component: ForgotPasswordPage,
});
const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/nytt-losenord',
  component: () => <SetPasswordPage purpose="reset" />,
});
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/valkommen',
  component: () => <SetPasswordPage purpose="invitation" />,
});
// The anonymous respondent page: outside the signed-in layout, with no menu and no session.
const respondRoute = createRoute({ getParentRoute: () => rootRoute, path: '/enkat/$token', component: RespondPage });
// The deviation report link and the open publication: outside the signed-in layout, no session.
const deviationReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/avvikelse/$token',
  component: PublicReportPage,
});
const deviationPublicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/avvikelser/$associationId',
  component: PublicPublishedPage,
});
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: AppLayout });
const startRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: StartPage });
const associationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/forbund',
  component: AssociationsPage,
});
const associationCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/forbund/nytt',
  component: AssociationCreatePage,
});
const associationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/forbund/$associationId',
  component: AssociationPage,
});
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/anvandare', component: UsersPage });
const userCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/anvandare/ny',
  component: UserCreatePage,
});
const userRoute = createRoute({ getParentRoute: () => appRoute, path: '/anvandare/$userId', component: UserPage });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/logg', component: AuditPage });
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/konto', component: AccountPage });

const page = (path: string, component: () => React.ReactNode) =>
  createRoute({ getParentRoute: () => appRoute, path, component });
// Screens of the participant module; their links are built from ids at run time.
const moduleRoutes = [
  page('/insatser', () => <ChooseAssociation section="insatser" />),
  page('/deltagare', () => <ChooseAssociation section="deltagare" />),
  page('/forbund/$associationId/insatser', InterventionsPage),
  page('/forbund/$associationId/insatser/ny', InterventionCreatePage),
  page('/forbund/$associationId/insatser/$interventionId', InterventionPage),
  page('/forbund/$associationId/deltagare', ParticipantsPage),
  page('/forbund/$associationId/deltagare/ny', ParticipantCreatePage),
  page('/forbund/$associationId/deltagare/$participationId', ParticipantPage),
  page('/uppfoljningar', () => <ChooseAssociation section="uppfoljningar" />),
  page('/forbund/$associationId/uppfoljningar', FollowUpsPage),
  page('/forbund/$associationId/uppfoljningar/$participationId/$kind', FollowUpPage),
  page('/import', ImportPage),
  page('/rapporter', OutcomeReportPage),
  page('/rapporter/uppfoljning', FollowUpReportPage),
  page('/nytto', SocioeconomicPage),
  page('/utvardering', () => <ChooseAssociation section="utvardering" />),
  page('/forbund/$associationId/utvardering', EvaluationPage),
  page('/forbund/$associationId/utvardering/implementering', ImplementationBoardPage),
  page('/forbund/$associationId/utvardering/forandringsteori', TocListPage),
  page('/forbund/$associationId/utvardering/forandringsteori/$tocId', TocPage),
  page('/forbund/$associationId/utvardering/sjalvvardering', SelfAssessmentsPage),
  page('/forbund/$associationId/utvardering/sjalvvardering/jamfor/$scope', ComparePage),
  page('/forbund/$associationId/utvardering/sjalvvardering/mall/$kind', TemplatePage),
  page('/forbund/$associationId/utvardering/sjalvvardering/$assessmentId', AssessmentPage),
  page('/forbund/$associationId/utvardering/sjalvvardering/$assessmentId/falt/$field', FieldPage),
  page('/forbund/$associationId/utvardering/programlogik', ProgrammeLogicPage),
  page('/forbund/$associationId/utvardering/effektivitet', EffectivenessPage),
  page('/utkorg', OutboxPage),
  page('/enkater', () => <ChooseAssociation section="enkater" />),
  page('/forbund/$associationId/enkater', SurveysPage),
  page('/forbund/$associationId/enkater/mallar', SurveyTemplatesPage),
  page('/forbund/$associationId/enkater/mallar/$templateId', SurveyTemplatePage),
  page('/forbund/$associationId/enkater/$surveyId', SurveyPage),
  page('/forbund/$associationId/enkater/$surveyId/resultat', SurveyResultsPage),
  page('/avvikelser', () => <ChooseAssociation section="avvikelser" />),
  page('/forbund/$associationId/avvikelser', DeviationsPage),
  page('/forbund/$associationId/avvikelser/rapportera', DeviationReportPage),
  page('/forbund/$associationId/avvikelser/arende/$deviationId', DeviationCasePage),
  page('/forbund/$associationId/avvikelser/publicerade', DeviationsPublishedPage),
  page('/forbund/$associationId/avvikelser/statistik', DeviationStatisticsPage),
  page('/medlemsbidrag', () => <ChooseAssociation section="medlemsbidrag" />),
  page('/forbund/$associationId/medlemsbidrag', ContributionsPage),
  page('/arshjul', () => <ChooseAssociation section="arshjul" />),
  page('/forbund/$associationId/arshjul', FinanceCalendarPage),
  page('/fordelning', AllocationPage),
  page('/fordelning/$year', ModelYearPage),
  page('/fordelning/$year/simulera', NewSimulationPage),
  page('/fordelning/simuleringar/$simulationId', SimulationPage),
  page('/ekonomi', () => <ChooseAssociation section="ekonomi" />),
  page('/ekonomi/jamforelse', FinanceComparisonPage),
  page('/forbund/$associationId/ekonomi', FinancePage),
  page('/strukturinsatser', () => <ChooseAssociation section="strukturinsatser" />),
  page('/forbund/$associationId/strukturinsatser', StructuralPage),
  page('/forbund/$associationId/strukturinsatser/$interventionId', ActivitiesPage),
  page('/nationell-uppfoljning', () => <ChooseAssociation section="nationell-uppfoljning" />),
  page('/forbund/$associationId/nationell-uppfoljning', NationalFiguresPage),
];

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgotRoute,
  resetRoute,
  invitationRoute,
  respondRoute,
  deviationReportRoute,
  deviationPublicationRoute,
  appRoute.addChildren([
    startRoute,
    associationsRoute,
    associationCreateRoute,
    associationRoute,
    usersRoute,
    userCreateRoute,
    userRoute,
    auditRoute,
    accountRoute,
    ...moduleRoutes,
  ]),
]);

export const router = createRouter({ routeTree, defaultNotFoundComponent: NotFoundPage });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
