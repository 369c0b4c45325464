/**
 * The API's answers as the screens use them: every type is generated from the server's OpenAPI
 * document (api-types.ts, `npm run api:types`), nothing is typed by hand (decision 0021).
 */
import type { components, paths } from './api-types';

type Schemas = components['schemas'];

/** The JSON a 200 of an operation holds, for the few answers without a named schema. */
export type Answer<
  Path extends keyof paths,
  Method extends 'get' | 'post' | 'put' | 'delete',
> = paths[Path][Method] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type RoleRow = Schemas['RoleRow'];
export type Me = Schemas['Me'];
export type LoginResult = Schemas['LoginResult'];
export type AccountNotice = Schemas['AccountNotice'];
export type County = Schemas['County'];
export type Municipality = Schemas['Municipality'];
export type AssociationSummary = Schemas['AssociationSummary'];
export type Member = Schemas['Member'];
export type BodyMember = Schemas['BodyMember'];
export type Association = Schemas['Association'];
export type SessionRow = Schemas['Session'];
export type OwnSession = Schemas['OwnSession'];
export type User = Schemas['User'];
export type UserDetail = Schemas['UserDetail'];
export type CreatedUser = Schemas['CreatedUser'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditPage = Schemas['AuditPage'];
export type Goal = Schemas['Goal'];
export type GoalFulfilment = Schemas['GoalFulfilment'];
/** What every role may see of an insats: the national reader's catalogue (no people, budgets or goals). */
export type InterventionListItem = Schemas['InterventionListItem'];
export type Intervention = Schemas['Intervention'];
export type Participation = Schemas['Participation'];
export type ParticipationRow = Schemas['ParticipationRow'];
export type ParticipationPage = Schemas['ParticipationPage'];
export type PersonHistoryEntry = Schemas['PersonHistoryEntry'];
export type OutcomeReport = Schemas['OutcomeReport'];
export type OutcomeGroup = Schemas['OutcomeGroup'];
export type BeforeAfterReport = Schemas['BeforeAfterReport'];
export type BeforeAfterGroup = Schemas['BeforeAfterGroup'];
export type TrendReport = Schemas['TrendReport'];
export type FollowUpReport = Schemas['FollowUpReport'];
export type DueFollowUp = Schemas['DueFollowUp'];
export type DueFollowUps = Schemas['DueFollowUps'];
export type ImportResult = Schemas['ImportResult'];
export type PriceList = Schemas['PriceList'];
export type SavedAnalysis = Schemas['SavedAnalysis'];
export type AnalysisPreview = Schemas['AnalysisPreview'];
export type AnalysisGroup = Schemas['AnalysisGroup'];
export type AnalysisCost = Schemas['AnalysisCost'];
export type SocioeconomicReport = Schemas['SocioeconomicReport'];
export type ImplementationRecord = Schemas['ImplementationRecord'];
export type ImplementationBoard = Schemas['ImplementationBoard'];
export type ErrorBody = Schemas['ErrorBody'];
export type TheoryOfChange = Schemas['TheoryOfChange'];
export type TheoryOfChangeSummary = Schemas['TheoryOfChangeSummary'];
export type SelfAssessment = Schemas['SelfAssessment'];
export type EvidenceTable = Schemas['EvidenceTable'];
export type EvidenceItem = Schemas['EvidenceItem'];
export type SelfAssessmentSummary = Schemas['SelfAssessmentSummary'];
export type SelfAssessmentYear = Schemas['SelfAssessmentYear'];
export type SelfAssessmentField = Schemas['SelfAssessmentField'];
export type SelfAssessmentAction = Schemas['SelfAssessmentAction'];
export type SelfAssessmentTemplate = Schemas['SelfAssessmentTemplate'];
export type NiofaltOverview = Schemas['NiofaltOverview'];
export type ProgrammeLogic = Schemas['ProgrammeLogic'];
export type ProgrammeLogicSummary = Schemas['ProgrammeLogicSummary'];
export type LogicIndicatorView = Schemas['LogicIndicatorView'];
export type EffectivenessAssessment = Schemas['EffectivenessAssessment'];
export type SurveyOrigin = Schemas['SurveyOrigin'];
export type BuiltInSurveyTemplate = Schemas['BuiltInSurveyTemplate'];
export type SurveyTemplateListItem = Schemas['SurveyTemplateListItem'];
export type SurveyTemplate = Schemas['SurveyTemplate'];
export type SurveyTemplateList = Schemas['SurveyTemplateList'];
export type SurveyDistribution = Schemas['SurveyDistribution'];
export type SurveyListItem = Schemas['SurveyListItem'];
export type Survey = Schemas['Survey'];
export type SurveyResultsView = Schemas['SurveyResults'];
export type SurveyResultSet = Schemas['SurveyResultSet'];
export type SurveyComposite = Schemas['SurveyComposite'];
export type SurveyLink = Schemas['SurveyLink'];
export type PublicSurvey = Schemas['PublicSurvey'];
export type PublicSurveyThanks = Schemas['PublicSurveyThanks'];
export type Outbox = Schemas['Outbox'];
export type OutboxMessage = Schemas['OutboxMessage'];
export type NoticePreferences = Schemas['NoticePreferences'];
export type EmailStatus = Schemas['EmailStatus'];
export type PasswordResetRequested = Schemas['PasswordResetRequested'];
export type DeviationSummary = Schemas['DeviationSummary'];
export type DeviationDetail = Schemas['DeviationDetail'];
export type DeviationContact = Schemas['DeviationContact'];
export type DeviationSettings = Schemas['DeviationSettings'];
export type DeviationReportForm = Schemas['DeviationReportForm'];
export type DeviationReported = Schemas['DeviationReported'];
export type DeviationWarnings = Schemas['DeviationWarnings'];
export type DeviationPublication = Schemas['DeviationPublication'];
export type DeviationStatistics = Schemas['DeviationStatistics'];
export type BodyMeeting = Schemas['BodyMeeting'];
export type Contributions = Schemas['Contributions'];
export type FinanceCalendar = Schemas['FinanceCalendar'];
export type FinanceDeadline = Schemas['FinanceDeadline'];
export type EquityGuidelineVersion = Schemas['EquityGuidelineVersion'];
export type AllocationYear = Schemas['AllocationYear'];
export type AllocationModelYear = Schemas['AllocationModelYear'];
export type AllocationResult = Schemas['AllocationResult'];
export type AllocationSimulationSummary = Schemas['AllocationSimulationSummary'];
export type AllocationSimulation = Schemas['AllocationSimulation'];
export type FinanceYear = Schemas['FinanceYear'];
export type FinanceYearList = Schemas['FinanceYearList'];
export type FinanceLine = Schemas['FinanceLine'];
export type KeyFigures = Schemas['KeyFigures'];
export type OutcomeImportResult = Schemas['OutcomeImportResult'];
export type AccountMappings = Schemas['AccountMappings'];
export type FinanceComparison = Schemas['FinanceComparison'];
export type StructuralActivity = Schemas['StructuralActivity'];
export type StructuralActivityList = Schemas['StructuralActivityList'];
export type StructuralActivityReport = Schemas['StructuralActivityReport'];
export type NationalFigures = Schemas['NationalFigures'];
export type StructuralActualisation = Schemas['StructuralActualisation'];
export type StructuralActualisationList = Schemas['StructuralActualisationList'];
export type ActivityImportResult = Schemas['ActivityImportResult'];
