import { z } from 'zod';

/** A judgement of inre or yttre effektivitet (seed 002 Figur 1; "delvis" per issue 13 §6). */
export const JUDGEMENTS = ['yes', 'partly', 'no'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** The four ideal types of seed 002 Figur 1. */
export const EFFECTIVENESS_TYPES = ['effective', 'self_governing', 'inefficient', 'lost'] as const;
export type EffectivenessType = (typeof EFFECTIVENESS_TYPES)[number];

export const EFFECTIVENESS_TYPE_LABELS_SV: Record<EffectivenessType, string> = {
  effective: 'den effektiva organisationen',
  self_governing: 'den självstyrande organisationen',
  inefficient: 'den ineffektiva organisationen',
  lost: 'den vilsna organisationen',
};
export const JUDGEMENT_LABELS_SV: Record<Judgement, string> = { yes: 'Ja', partly: 'Delvis', no: 'Nej' };

export interface EffectivenessResult {
  type: EffectivenessType;
  /** "Snarast": a judgement was "delvis", so the förbund is closest to the type rather than in it. */
  approximate: boolean;
}

/**
 * The type from the two judgements (seed 002 Figur 1): ja/ja effektiva, inre ja + yttre nej
 * självstyrande, inre nej + yttre ja ineffektiva, nej/nej vilsna. "Delvis" leans to "ja" and makes
 * the type approximate ("snarast"): what is partly done right is on its way, and Uppsala, with a
 * good but partly lower-half inre and a low yttre, was "snarast den självstyrande" (002 l.1201;
 * docs/decisions/0027).
 */
export function effectivenessType(inner: Judgement, outer: Judgement): EffectivenessResult {
  const innerYes = inner !== 'no';
  const outerYes = outer !== 'no';
  const type: EffectivenessType = innerYes
    ? outerYes
      ? 'effective'
      : 'self_governing'
    : outerYes
      ? 'inefficient'
      : 'lost';
  return { type, approximate: inner === 'partly' || outer === 'partly' };
}

/** "den självstyrande organisationen" or "snarast den självstyrande organisationen". */
export function effectivenessTypeLabelSv(result: EffectivenessResult): string {
  const label = EFFECTIVENESS_TYPE_LABELS_SV[result.type];
  return result.approximate ? `snarast ${label}` : label;
}

const reasoning = z.string().trim().max(20_000);

/** What an effectiveness assessment holds: both judgements with reasoning, and the position aimed for. */
export const effectivenessContentSchema = z.object({
  inner: z.enum(JUDGEMENTS),
  innerReasoning: reasoning,
  outer: z.enum(JUDGEMENTS),
  outerReasoning: reasoning,
  /** The position the förbund aims for; seed 002: "den övre vänstra rutan" (ja/ja). */
  targetInner: z.enum(JUDGEMENTS),
  targetOuter: z.enum(JUDGEMENTS),
});
export type EffectivenessContent = z.infer<typeof effectivenessContentSchema>;
