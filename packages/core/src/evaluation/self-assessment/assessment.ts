import { z } from 'zod';
import { isoDateSchema } from '../../dates';
import { evaluationYearSchema } from '../lifecycle';
import type { TemplateField } from './template';

/** Rating of a question (Insikt's addition; seed 004 has text only): 1 mycket dåligt … 5 mycket bra, null = ej bedömt. */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/** An action's status; planned and ongoing are open and carry over into next year's assessment. */
export const ACTION_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['planned', 'ongoing'];

/** The longest free text of a question's assessment (issue 13: texts up to 20 000 characters). */
export const ASSESSMENT_TEXT_MAX = 20_000;

export const actionInput = z.object({
  /** Made by the client (a UUID) so an edited action keeps its identity and its origin. */
  id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/),
  what: z.string().trim().min(1).max(2000),
  who: z.string().trim().max(200).default(''),
  due: isoDateSchema().nullable().default(null),
  status: z.enum(ACTION_STATUSES),
});
export type ActionInput = z.infer<typeof actionInput>;

/** Where a carried-over action came from: the earlier assessment and its year. */
export interface ActionOrigin {
  assessmentId: string;
  year: number;
}
export interface Action extends ActionInput {
  carriedFrom: ActionOrigin | null;
}

export interface AssessmentQuestion {
  key: string;
  text: string;
  help: string;
  assessment: string;
  rating: Rating | null;
  actions: Action[];
}
export interface AssessmentField {
  number: number;
  questions: AssessmentQuestion[];
}

/** The answers to one field, saved together. */
export const fieldAnswersInput = z.object({
  questions: z
    .array(
      z.object({
        key: z.string().max(10),
        assessment: z.string().max(ASSESSMENT_TEXT_MAX).default(''),
        rating: z
          .number()
          .int()
          .min(1)
          .max(5)
          .nullable()
          .default(null)
          .transform((r) => r as Rating | null),
        actions: z.array(actionInput).max(50).default([]),
      }),
    )
    .max(20),
  version: z.number().int().nonnegative(),
});
export type FieldAnswersInput = z.infer<typeof fieldAnswersInput>;

export const createAssessmentInput = z.object({
  /** null: the förbund's tolvfältaren; an insats: its niofält. */
  interventionId: z.uuid().nullable(),
  year: evaluationYearSchema,
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentInput>;

/** An empty assessment of a template: the questions copied, nothing answered yet. */
export function emptyAssessment(template: readonly TemplateField[]): AssessmentField[] {
  return template.map((f) => ({
    number: f.number,
    questions: f.questions.map((q) => ({ ...q, assessment: '', rating: null, actions: [] })),
  }));
}

/**
 * The new year's fields with the previous assessment's open actions (planerad, pågår) added to the
 * question of the same key, or to the first question of the same field when the template changed;
 * each marked with where it came from (issue 13 §1: actions not done carry over). An action that
 * was itself carried keeps its first origin, so its history shows how long it has been open.
 */
export function carryOverActions(
  fields: readonly AssessmentField[],
  previous: { id: string; year: number; fields: readonly AssessmentField[] },
): AssessmentField[] {
  const out = fields.map((f) => ({ ...f, questions: f.questions.map((q) => ({ ...q, actions: [...q.actions] })) }));
  for (const field of previous.fields) {
    const target = out.find((f) => f.number === field.number);
    if (!target || target.questions.length === 0) continue;
    for (const question of field.questions) {
      const into = target.questions.find((q) => q.key === question.key) ?? target.questions[0]!;
      for (const action of question.actions) {
        if (!OPEN_ACTION_STATUSES.includes(action.status)) continue;
        into.actions.push({
          ...action,
          carriedFrom: action.carriedFrom ?? { assessmentId: previous.id, year: previous.year },
        });
      }
    }
  }
  return out;
}

/**
 * One field's answers applied to the stored field: texts and ratings from the input, actions as
 * sent but with their origin taken from the stored action of the same id (the client cannot forge
 * one). Unknown question keys are an error, named in Swedish.
 */
export function applyFieldAnswers(
  field: AssessmentField,
  input: FieldAnswersInput['questions'],
): { ok: true; field: AssessmentField } | { ok: false; message: string } {
  const origins = new Map(field.questions.flatMap((q) => q.actions.map((a) => [a.id, a.carriedFrom] as const)));
  const byKey = new Map(input.map((q) => [q.key, q]));
  const unknown = input.find((q) => !field.questions.some((s) => s.key === q.key));
  if (unknown) return { ok: false, message: `Fält ${field.number} har ingen fråga ${unknown.key}.` };
  const ids = input.flatMap((q) => q.actions.map((a) => a.id));
  if (new Set(ids).size !== ids.length)
    return { ok: false, message: `En åtgärd i fält ${field.number} finns två gånger.` };
  return {
    ok: true,
    field: {
      ...field,
      questions: field.questions.map((q) => {
        const answer = byKey.get(q.key);
        if (!answer) return q;
        return {
          ...q,
          assessment: answer.assessment,
          rating: answer.rating,
          actions: answer.actions.map((a) => ({ ...a, carriedFrom: origins.get(a.id) ?? null })),
        };
      }),
    },
  };
}

/**
 * The edition of a year that counts (issue 13 §1: "the newest fastställd counts"): the newest
 * fastställd one, else the newest draft; undefined for none.
 */
export function countingEdition<T extends { status: 'draft' | 'approved'; edition: number }>(
  editions: readonly T[],
): T | undefined {
  const newest = (rows: T[]) => rows.sort((a, b) => b.edition - a.edition)[0];
  return newest(editions.filter((e) => e.status === 'approved')) ?? newest([...editions]);
}

export type CoverageStatus = 'approved' | 'draft' | 'none';

/**
 * Where a scope stands for a year (the förbund overview of niofält): fastställd when any edition is
 * fastställd, otherwise utkast when there is one, otherwise none.
 */
export function coverageStatus(editions: readonly { status: 'draft' | 'approved' }[]): CoverageStatus {
  if (editions.some((e) => e.status === 'approved')) return 'approved';
  return editions.length > 0 ? 'draft' : 'none';
}
