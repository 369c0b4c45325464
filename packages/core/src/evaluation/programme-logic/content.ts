import { z } from 'zod';
import { GOAL_COMPARISONS } from '../../intervention';
import { OUTCOME_COLUMNS, OUTCOME_INDICATORS, type OutcomeIndicatorId } from '../../outcome/indicators';
import { idSchema } from '../../schemas';
import { questionIdSchema } from '../../surveys/model';
import { evaluationYearSchema } from '../lifecycle';

/** The three levels of a mål- och programlogik, in the order of seed 002 Tabell 1. */
export const LOGIC_LEVELS = ['individual', 'member', 'society'] as const;
export type LogicLevel = (typeof LOGIC_LEVELS)[number];
export const LOGIC_LEVEL_LABELS_SV: Record<LogicLevel, string> = {
  individual: 'Individnivå',
  member: 'Medlemsnivå (Organisation/Samverkan)',
  society: 'Samhällsnivå',
};

/**
 * Where an indicator's measured value comes from (issue 13 §4; a survey question, issue 14 §5; the
 * deviations from the agreement between the parties, seed 000 and issue 15 §4).
 */
export const LOGIC_INDICATOR_KINDS = ['outcome', 'goal', 'manual', 'survey', 'deviations'] as const;
export type LogicIndicatorKind = (typeof LOGIC_INDICATOR_KINDS)[number];

const text = (max: number) => z.string().trim().max(max);
const targetValue = z.number().min(0).max(1_000_000_000);

/** A target: at least, at most or between (the same comparisons as an insats's goals). */
const targetShape = {
  comparison: z.enum(GOAL_COMPARISONS),
  /** Shares as fractions (0.3 = 30 %), as the outcome report keeps them. */
  target: targetValue,
  targetMax: targetValue.nullish(),
};
const betweenNeedsMax: [(t: { comparison: string; target: number; targetMax?: number | null }) => boolean, object] = [
  (t) => t.comparison !== 'between' || (t.targetMax != null && t.targetMax >= t.target),
  { message: 'Ett intervall behöver ett övre målvärde som är minst lika stort som det undre.', path: ['targetMax'] },
];

const outcomeIndicator = z
  .object({
    id: idSchema,
    kind: z.literal('outcome'),
    /** One of the outcome report's indicators per calendar year. */
    indicatorId: z.enum(OUTCOME_INDICATORS.map((i) => i.id) as [OutcomeIndicatorId, ...OutcomeIndicatorId[]]),
    column: z.enum(OUTCOME_COLUMNS),
    /** The insats whose figures are measured; absent or null = the whole förbund (a theory of change's insatser). */
    interventionId: idSchema.nullish(),
    ...targetShape,
  })
  .refine(...betweenNeedsMax);

/** An insats's own goal (its position in the insats's goal list) with the goal's own target. */
const goalIndicator = z.object({
  id: idSchema,
  kind: z.literal('goal'),
  interventionId: idSchema,
  goalIndex: z.number().int().min(0).max(49),
});

/** A value reported by hand per year, each with its source (e.g. "Årsredovisning 2024, s. 12"). */
const manualIndicator = z
  .object({
    id: idSchema,
    kind: z.literal('manual'),
    label: text(500).min(1),
    ...targetShape,
    values: z
      .array(
        z.object({ year: evaluationYearSchema, value: z.number().min(0).max(1_000_000_000), source: text(500).min(1) }),
      )
      .max(30)
      .refine((v) => new Set(v.map((x) => x.year)).size === v.length, 'Varje år får bara ha ett värde.'),
  })
  .refine(...betweenNeedsMax);

/** What a survey indicator measures of its question: the positive share, or the mean of a numeric scale. */
export const SURVEY_INDICATOR_MEASURES = ['positive_share', 'mean'] as const;
export type SurveyIndicatorMeasure = (typeof SURVEY_INDICATOR_MEASURES)[number];

/**
 * A survey question (or a matrix statement) as the indicator (issue 14 §5): its protected result per
 * year, from the survey's distributions closing that year, for one insats or every insats.
 */
const surveyIndicator = z
  .object({
    id: idSchema,
    kind: z.literal('survey'),
    surveyId: idSchema,
    /** The answer id: a scale question's, or a matrix statement's. */
    questionId: questionIdSchema,
    measure: z.enum(SURVEY_INDICATOR_MEASURES),
    /** Answers from this insats's link or entry only; absent or null = every answer to the survey. */
    interventionId: idSchema.nullish(),
    ...targetShape,
  })
  .refine(...betweenNeedsMax);

/**
 * The indicator "antal avvikelser från överenskommelsen mellan parterna" (seed 000): the deviation cases
 * of that type received per calendar year, for one insats or the whole förbund (decision 0045).
 */
const deviationsIndicator = z
  .object({
    id: idSchema,
    kind: z.literal('deviations'),
    /** Cases about this insats only; absent or null = every case of the förbund, forums included. */
    interventionId: idSchema.nullish(),
    ...targetShape,
  })
  .refine(...betweenNeedsMax);

export const logicIndicatorSchema = z.discriminatedUnion('kind', [
  outcomeIndicator,
  goalIndicator,
  manualIndicator,
  surveyIndicator,
  deviationsIndicator,
]);
export type LogicIndicator = z.infer<typeof logicIndicatorSchema>;

/** The insats an indicator measures, if any: an insats goal's, or an outcome indicator's narrowed to one insats. */
export function indicatorInterventionId(indicator: LogicIndicator): string | null {
  return indicator.kind === 'manual' ? null : (indicator.interventionId ?? null);
}

/** One row of a level: an activity ("vad" och "hur") leading to a delmål, with the delmål's indicators. */
export const logicRowSchema = z.object({
  id: idSchema,
  activity: text(2000),
  subGoal: text(2000),
  indicators: z.array(logicIndicatorSchema).max(20),
});
export type LogicRow = z.infer<typeof logicRowSchema>;

export const logicLevelSchema = z.object({
  headlineGoals: z.array(text(1000).min(1)).max(10),
  rows: z.array(logicRowSchema).max(50),
});
export type LogicLevelContent = z.infer<typeof logicLevelSchema>;

/** A programme logic's content: the three levels and the one Effekt shared by all (seed 002 Tabell 1). */
export const programmeLogicContentSchema = z.object({
  levels: z.object({ individual: logicLevelSchema, member: logicLevelSchema, society: logicLevelSchema }),
  effect: text(2000),
});
export type ProgrammeLogicContent = z.infer<typeof programmeLogicContentSchema>;

/** Every indicator of a logic with the row it belongs to. */
export function logicIndicators(
  content: ProgrammeLogicContent,
): { level: LogicLevel; row: LogicRow; indicator: LogicIndicator }[] {
  return LOGIC_LEVELS.flatMap((level) =>
    content.levels[level].rows.flatMap((row) => row.indicators.map((indicator) => ({ level, row, indicator }))),
  );
}
