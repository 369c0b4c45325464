import { z } from 'zod';
import { isoDateSchema } from '../../dates';
import { idSchema, versionSchema } from '../../schemas';
import { indicatorInterventionId, logicIndicatorSchema, type LogicIndicator } from '../programme-logic/content';

/** The resource rows of seed 001's theory of change ("RESURSER"), in its order; the team has staffing per party. */
export const TOC_RESOURCE_KINDS = ['financing', 'board', 'owner', 'collaboration_group', 'team'] as const;
export type TocResourceKind = (typeof TOC_RESOURCE_KINDS)[number];
/** Activities and every effect column are split into these two dimensions (seed 001, "SAMVERKAN" / "DELTAGARE/MÅLGRUPP"). */
export const TOC_DIMENSIONS = ['collaboration', 'participants'] as const;
export type TocDimension = (typeof TOC_DIMENSIONS)[number];
/** Effekter på kort, mellanlång and lång sikt (seed 001). */
export const TOC_HORIZONS = ['short', 'medium', 'long'] as const;
export type TocHorizon = (typeof TOC_HORIZONS)[number];
/**
 * The four themes of change mechanisms (seed 001 §1.4.1): (1) grunden för samverkan,
 * (2) samverkansformer som leder till resultat för individer, (3) förankring och implementering av
 * arbetssätt, (4) utveckling av en bredare samverkan.
 */
export const MECHANISM_THEMES = ['foundation', 'forms', 'implementation', 'broader'] as const;
export type MechanismTheme = (typeof MECHANISM_THEMES)[number];
/** How a mechanism worked in practice in one evaluation cycle. */
export const MECHANISM_RATINGS = ['worked', 'partly', 'not_worked'] as const;
export type MechanismRating = (typeof MECHANISM_RATINGS)[number];
/** The three phases of each evaluation cycle (seed 001 l.285–289). */
export const PLAN_PHASES = ['frame', 'examine', 'learn'] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

/** Every text of a theory of change (issue 13 hostile input: texts up to 20 000 characters). */
export const TOC_TEXT_MAX = 20_000;
const text = z.string().trim().min(1, 'Texten får inte vara tom.').max(TOC_TEXT_MAX);
const optionalText = z.string().trim().max(TOC_TEXT_MAX).default('');
const date = isoDateSchema().nullable().default(null);

/**
 * One text item of a cell. Strict, so indicators sent on a resource, activity or question are refused
 * rather than silently dropped: only effects are measured (decision 0028).
 */
export const tocItemSchema = z.strictObject({ text });
export type TocItem = z.infer<typeof tocItemSchema>;
/** An effect: its text and the indicators that measure it, in the programme logic's link shape (issue 13 §5). */
export const tocEffectItemSchema = z.strictObject({
  text,
  indicators: z.array(logicIndicatorSchema).max(20).default([]),
});
export type TocEffectItem = z.infer<typeof tocEffectItemSchema>;
const items = z.array(tocItemSchema).max(200).default([]);
const effectItems = z.array(tocEffectItemSchema).max(200).default([]);
const dimensionCell = z.object({ collaboration: items, participants: items });
export type TocDimensionCell = z.infer<typeof dimensionCell>;
const effectCell = z.object({ collaboration: effectItems, participants: effectItems });
export type TocEffectCell = z.infer<typeof effectCell>;

/** A team row: "Arbetsförmedlingen — arbetsförmedlare — 25 %" (party = one of the förbund's members). */
export const tocStaffingSchema = z.object({
  memberId: idSchema,
  role: z.string().trim().min(1, 'Ange rollen.').max(200),
  /** Share of a full-time post, in per cent. */
  percent: z.number().gt(0, 'Andelen ska vara större än 0 %.').max(100, 'Andelen kan vara högst 100 % av en heltid.'),
});
export type TocStaffing = z.infer<typeof tocStaffingSchema>;

export const mechanismAssessmentSchema = z.object({
  cycle: z.number().int().min(1),
  rating: z.enum(MECHANISM_RATINGS),
  text: optionalText,
});
export const mechanismSchema = z.object({
  theme: z.enum(MECHANISM_THEMES),
  text,
  /** 'seed-001' when the mechanism was taken from seed 001's starting list, so the origin stays visible. */
  source: z.enum(['own', 'seed-001']).default('own'),
  assessments: z.array(mechanismAssessmentSchema).max(20).default([]),
});
export type Mechanism = z.infer<typeof mechanismSchema>;

export const planPhaseSchema = z.object({ phase: z.enum(PLAN_PHASES), from: date, to: date });
export const planCycleSchema = z.object({
  phases: z.array(planPhaseSchema).length(PLAN_PHASES.length),
  interimReport: date,
  workshop: date,
});
export type PlanCycle = z.infer<typeof planCycleSchema>;
export const evaluationPlanSchema = z.object({
  questions: items,
  cycles: z.array(planCycleSchema).min(1).max(10),
});
export type EvaluationPlan = z.infer<typeof evaluationPlanSchema>;

/** Everything of a theory of change that its editor saves at once. */
export const tocContentSchema = z
  .object({
    resources: z.object(
      Object.fromEntries(TOC_RESOURCE_KINDS.map((k) => [k, items])) as Record<TocResourceKind, typeof items>,
    ),
    staffing: z.array(tocStaffingSchema).max(200).default([]),
    activities: dimensionCell,
    effects: z.object({ short: effectCell, medium: effectCell, long: effectCell }),
    mechanisms: z.array(mechanismSchema).max(200).default([]),
    plan: evaluationPlanSchema,
  })
  .superRefine((content, ctx) => {
    const cycles = content.plan.cycles.length;
    content.mechanisms.forEach((m, i) => {
      const seen = new Set<number>();
      m.assessments.forEach((a, j) => {
        const path = ['mechanisms', i, 'assessments', j, 'cycle'];
        if (a.cycle > cycles)
          ctx.addIssue({
            code: 'custom',
            path,
            message: `Mekanism ${i + 1}: cykel ${a.cycle} finns inte i utvärderingsplanen (den har ${cycles}).`,
          });
        if (seen.has(a.cycle))
          ctx.addIssue({ code: 'custom', path, message: `Mekanism ${i + 1}: cykel ${a.cycle} är bedömd två gånger.` });
        seen.add(a.cycle);
      });
    });
    content.plan.cycles.forEach((c, i) =>
      c.phases.forEach((p, j) => {
        if (p.phase !== PLAN_PHASES[j])
          ctx.addIssue({
            code: 'custom',
            path: ['plan', 'cycles', i, 'phases', j, 'phase'],
            message: `Cykel ${i + 1}: faserna ska komma i ordningen sätta ramar, undersöka processer, lära och utveckla.`,
          });
        if (p.from && p.to && p.from > p.to)
          ctx.addIssue({
            code: 'custom',
            path: ['plan', 'cycles', i, 'phases', j, 'to'],
            message: `Cykel ${i + 1}: fasen slutar (${p.to}) före den börjar (${p.from}).`,
          });
      }),
    );
  });
export type TocContent = z.infer<typeof tocContentSchema>;

/** The insatser a theory of change covers: one insats, or a cluster (a named set of the förbund's insatser). */
export const tocInterventionIdsSchema = z
  .array(idSchema)
  .min(1, 'Välj minst en insats.')
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, 'Samma insats är vald två gånger.');

export const tocCreateInput = z.object({
  title: z.string().trim().min(1).max(200),
  interventionIds: tocInterventionIdsSchema,
});
export type TocCreateInput = z.infer<typeof tocCreateInput>;
/** Every indicator linked to an effect, with where it sits (its path in the content, its effect's text). */
export function tocIndicators(
  content: Pick<TocContent, 'effects'>,
): { path: (string | number)[]; effect: string; indicator: LogicIndicator }[] {
  return TOC_HORIZONS.flatMap((horizon) =>
    TOC_DIMENSIONS.flatMap((dimension) =>
      content.effects[horizon][dimension].flatMap((item, i) =>
        item.indicators.map((indicator, j) => ({
          path: ['effects', horizon, dimension, i, 'indicators', j],
          effect: item.text,
          indicator,
        })),
      ),
    ),
  );
}

export const tocUpdateInput = tocCreateInput
  .extend({ content: tocContentSchema, version: versionSchema })
  .superRefine((input, ctx) => {
    // An insats's goal or figures can only measure an effect of a theory that covers that insats.
    for (const { path, effect, indicator } of tocIndicators(input.content)) {
      const interventionId = indicatorInterventionId(indicator);
      if (interventionId !== null && !input.interventionIds.includes(interventionId))
        ctx.addIssue({
          code: 'custom',
          path: ['content', ...path, 'interventionId'],
          message: `Effekten "${effect.slice(0, 60)}": indikatorn gäller en insats som förändringsteorin inte omfattar.`,
          input: interventionId,
        });
    }
  });
export type TocUpdateInput = z.infer<typeof tocUpdateInput>;

/** Whether a theory of change is one insats's or a cluster's (issue 13 §5: combined for a cluster of insatser). */
export function tocScopeKind(interventionIds: readonly string[]): 'intervention' | 'cluster' {
  return interventionIds.length > 1 ? 'cluster' : 'intervention';
}
