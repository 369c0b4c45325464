/**
 * Gap type of an insats (seed 002 l.117 and l.1181–1187; l.417 mislabels both): glapptäckande = the
 * insats itself, an external actor, covers a gap between the members' responsibilities; glappreducerande
 * = ordinary services step forward and use the room within their own remits to close it.
 */
export const GAP_TYPES = ['not_assessed', 'gap_covering', 'gap_reducing'] as const;
export type GapType = (typeof GAP_TYPES)[number];

/** Samverkansformer on the continuum of seed 001 l.1580–1591 (Boklund 1995), least to most integrated. */
export const COLLABORATION_FORMS = ['specialisation', 'coordination', 'collaboration', 'integration'] as const;
export type CollaborationForm = (typeof COLLABORATION_FORMS)[number];

/** The form an insats is run in (issue 13 §7): projekt, plattform, integrerad samverkan, permanent verksamhet. */
export const INTERVENTION_FORMS = ['project', 'platform', 'integrated', 'permanent'] as const;
export type InterventionForm = (typeof INTERVENTION_FORMS)[number];

/**
 * Implementation status, in the order of issue 13 §7: ej planerad → under utredning → implementerad
 * helt / delvis / ej implementerad → annan finansiering → avslutad.
 */
export const IMPLEMENTATION_STATUSES = [
  'not_planned',
  'under_investigation',
  'implemented_fully',
  'implemented_partly',
  'not_implemented',
  'other_financing',
  'closed',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/** What one party (member) decided: implementeras helt / delvis / inte. */
export const DECISION_OUTCOMES = ['full', 'partial', 'none'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Why implementation stalls, as the sources report it (001 §2.3.2, 002 §7.2; issue 13 §7). */
export const IMPLEMENTATION_BARRIERS = [
  'no_decision',
  'information_not_delivered',
  'lack_of_time',
  'other_priorities',
  'extra_staffing',
  'one_year_budgets',
  'staff_turnover',
  'national_governance',
  'other',
] as const;
export type ImplementationBarrier = (typeof IMPLEMENTATION_BARRIERS)[number];
