import { z } from 'zod';
import type { OutcomeCells } from './outcome/cells';
import { OUTCOME_COLUMNS, OUTCOME_INDICATORS, type OutcomeColumn, type OutcomeIndicatorId } from './outcome/indicators';
import { isoDateSchema } from './dates';
import { idSchema, municipalityCodeSchema } from './schemas';
import { questionIdSchema } from './surveys/model';
import { goalDeviationSource } from './deviations/model';
import { findIdentityNumber } from './identity-number-in-text';

/** Intervention kinds (glossary.md): individinriktad / strukturövergripande. */
export const INTERVENTION_KINDS = ['individual', 'structural'] as const;
export const INTERVENTION_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;
/** Staff roles funded by an intervention, for its financing model ("samordnare 50 %"). */
export const STAFF_ROLES = ['coordinator', 'coach', 'project_lead', 'case_worker', 'other'] as const;
export const GOAL_COMPARISONS = ['at_least', 'at_most', 'between'] as const;
export type GoalComparison = (typeof GOAL_COMPARISONS)[number];
/** The unit of a goal followed up by hand (decision 0062): a number, or a share typed in percent. */
export const GOAL_UNITS = ['number', 'percent'] as const;
export type GoalUnit = (typeof GOAL_UNITS)[number];
/** How a goal is measured: the outcome report, a survey, deviations, or values entered by hand. */
export const GOAL_SOURCES = ['outcome', 'survey', 'deviations', 'manual'] as const;
export type GoalSource = (typeof GOAL_SOURCES)[number];

/** A goal's source: the indicator it names, or "manual" when it names none (decision 0062). */
export const goalSource = (goal: { indicatorId?: unknown; survey?: unknown; deviations?: unknown }): GoalSource =>
  goal.survey ? 'survey' : goal.deviations ? 'deviations' : goal.indicatorId ? 'outcome' : 'manual';

const isoDate = isoDateSchema();
const kronor = z.number().int('Belopp anges i hela kronor.').min(0).max(10_000_000_000);

/**
 * A survey as a goal's indicator (issue 14 §5): the positive share of one scale question (or matrix
 * statement) or the share meeting one composite indicator of the survey, among the insats's answers
 * per distribution year. Exactly one of the two is given.
 */
export const goalSurveySource = z
  .object({
    surveyId: idSchema,
    questionId: questionIdSchema.nullish(),
    compositeId: idSchema.nullish(),
  })
  .strict()
  .refine((s) => Boolean(s.questionId) !== Boolean(s.compositeId), {
    message: 'Välj antingen en fråga eller en sammansatt indikator i enkäten.',
    path: ['questionId'],
  });
export type GoalSurveySource = z.infer<typeof goalSurveySource>;

export const goalInput = z
  .object({
    /** The goal's stable identity (decision 0062): kept across edits, given by the server to a new goal. */
    id: idSchema.nullish(),
    description: z.string().trim().min(1).max(1000),
    /** One of the outcome report's indicators, so fulfilment is computed; null for a goal followed up by hand. */
    indicatorId: z.enum(OUTCOME_INDICATORS.map((i) => i.id) as [OutcomeIndicatorId, ...OutcomeIndicatorId[]]).nullish(),
    column: z.enum(OUTCOME_COLUMNS).default('total'),
    /** A survey question or composite as the indicator instead (its value is a share). */
    survey: goalSurveySource.nullish(),
    /** Or the deviation cases about the insats per year (a count; "högst N" is the usual goal). */
    deviations: goalDeviationSource.nullish(),
    /** For a goal followed up by hand only: a number, or a share typed in percent. */
    unit: z.enum(GOAL_UNITS).nullish(),
    comparison: z.enum(GOAL_COMPARISONS).default('at_least'),
    /** Shares as fractions (0.3 = 30 %), counts and days as numbers; only a goal followed up by hand may lack one. */
    target: z.number().min(0).max(1_000_000).nullish(),
    targetMax: z.number().min(0).max(1_000_000).nullish(),
  })
  .refine((g) => g.comparison !== 'between' || g.target == null || (g.targetMax != null && g.targetMax >= g.target), {
    message: 'Ett intervall behöver ett övre målvärde som är minst lika stort som det undre.',
    path: ['targetMax'],
  })
  .refine((g) => g.target != null || goalSource(g) === 'manual', {
    message: 'Ett mål som mäts med ett nyckeltal, en enkät eller avvikelser behöver ett målvärde.',
    path: ['target'],
  })
  .refine((g) => !g.unit || goalSource(g) === 'manual', {
    message: 'Bara ett mål som följs upp för hand har en egen enhet.',
    path: ['unit'],
  })
  .refine((g) => !(g.indicatorId && g.survey), {
    message: 'Ett mål mäts antingen med ett nyckeltal i utfallsrapporten eller med en enkät, inte med båda.',
    path: ['survey'],
  })
  .refine((g) => !(g.deviations && (g.indicatorId || g.survey)), {
    message: 'Ett mål som mäts med avvikelser mäts inte också med ett nyckeltal eller en enkät.',
    path: ['deviations'],
  })
  .refine((g) => !g.deviations || (Number.isInteger(g.target) && Number.isInteger(g.targetMax ?? 0)), {
    message: 'Ett mål som mäts med avvikelser är ett antal ärenden per år: målvärdet är ett heltal.',
    path: ['target'],
  })
  .refine((g) => !g.survey || (g.target ?? 0) <= 1, {
    message: 'Ett mål som mäts med en enkät är en andel: målvärdet är högst 100 %.',
    path: ['target'],
  })
  .refine((g) => g.unit !== 'percent' || ((g.target ?? 0) <= 1 && (g.targetMax ?? 0) <= 1), {
    message: 'Ett mål i procent har ett målvärde på högst 100 %.',
    path: ['target'],
  });
export type GoalInput = z.infer<typeof goalInput>;
/** A goal as stored: the server gives every goal its id (decision 0062). */
export type StoredGoal = GoalInput & { id: string };

export const interventionInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(INTERVENTION_KINDS),
    description: z.string().max(10_000).default(''),
    startDate: isoDate,
    endDate: isoDate.nullish(),
    status: z.enum(INTERVENTION_STATUSES).default('active'),
    ownerMemberId: idSchema.nullish(),
    partnerMemberIds: z.array(idSchema).max(100).default([]),
    municipalityCodes: z.array(municipalityCodeSchema).max(60).default([]),
    targetGroup: z.string().max(2000).default(''),
    budgets: z
      .array(z.object({ year: z.number().int().min(2000).max(2100), budget: kronor, actualCost: kronor.nullish() }))
      .max(50)
      .default([])
      .refine((b) => new Set(b.map((x) => x.year)).size === b.length, 'Varje år får bara förekomma en gång.'),
    staffing: z
      .array(
        z.object({
          role: z.enum(STAFF_ROLES),
          title: z.string().max(200).default(''),
          percent: z.number().min(0).max(100),
        }),
      )
      .max(100)
      .default([]),
    goals: z.array(goalInput).max(50).default([]),
  })
  .refine((i) => !i.endDate || i.endDate >= i.startDate, {
    message: 'Slutdatum kan inte vara före startdatum.',
    path: ['endDate'],
  });
export type InterventionInput = z.infer<typeof interventionInput>;
export const interventionUpdateInput = interventionInput.and(z.object({ version: z.number().int().nonnegative() }));
export type InterventionUpdateInput = z.infer<typeof interventionUpdateInput>;

/**
 * The outcome indicator whose unit a goal's values have (a share as "34 %"): its own, a share for a
 * goal measured by a survey or followed up by hand in percent, a count for one measured by deviations;
 * null for a plain number (a goal followed up by hand in numbers).
 */
export const goalValueIndicator = (goal: {
  indicatorId?: OutcomeIndicatorId | null;
  survey?: unknown;
  deviations?: unknown;
  unit?: GoalUnit | null;
}): OutcomeIndicatorId | null =>
  goal.indicatorId ??
  (goal.survey || (goalSource(goal) === 'manual' && goal.unit === 'percent')
    ? 'fordelning'
    : goal.deviations
      ? 'antal'
      : null);

/**
 * Whether a goal is met by an actual value, inclusive at the target's bounds; null when there is no
 * value (no exits in the period, no value entered) or no target (a goal followed up by hand may lack one).
 */
export function goalMet(
  goal: { comparison: GoalComparison; target?: number | null; targetMax?: number | null },
  actual: number | null,
): boolean | null {
  if (actual === null || goal.target == null) return null;
  if (goal.comparison === 'at_least') return actual >= goal.target;
  if (goal.comparison === 'at_most') return actual <= goal.target;
  return actual >= goal.target && actual <= (goal.targetMax ?? goal.target);
}

/** The actual value of a goal's indicator in a report group, and whether the goal is met. */
export function goalFulfilment(
  goal: { indicatorId?: OutcomeIndicatorId | null; column: OutcomeColumn } & Parameters<typeof goalMet>[0],
  cells: OutcomeCells,
): { actual: number | null; met: boolean | null } {
  if (!goal.indicatorId) return { actual: null, met: null };
  const actual = cells[goal.indicatorId][goal.column];
  return { actual, met: goalMet(goal, actual) };
}

/** A value of a goal followed up by hand has no personnummer in its source or comment (decision 0062). */
const noIdentityNumber = (text: string) => findIdentityNumber(text) === null;

/**
 * A value entered by hand for a goal without a computed indicator (issue 17 §3, decision 0062): one per
 * calendar year, with where it comes from ("Enkät till styrgruppen, mars 2027") and an optional comment.
 * A share is a fraction (0.3 = 30 %), as for every other goal.
 */
export const manualGoalValueInput = z.object({
  year: z.number().int().min(2000).max(2100),
  value: z.number().min(0).max(1_000_000_000),
  source: z
    .string()
    .trim()
    .min(1, 'Ange varifrån värdet kommer.')
    .max(500)
    .refine(noIdentityNumber, 'Källan får inte innehålla ett personnummer eller samordningsnummer.'),
  comment: z
    .string()
    .trim()
    .max(2000)
    .default('')
    .refine(noIdentityNumber, 'Kommentaren får inte innehålla ett personnummer eller samordningsnummer.'),
});
export type ManualGoalValueInput = z.infer<typeof manualGoalValueInput>;
export const manualGoalValueUpdate = manualGoalValueInput.extend({ version: z.number().int().nonnegative() });
export type ManualGoalValueUpdate = z.infer<typeof manualGoalValueUpdate>;
