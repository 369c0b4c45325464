import { z } from 'zod';
import { localizedTextSchema, questionIdSchema, textIn, type Questionnaire, type SurveyLanguage } from './model';
import { addToCell, emptyCell, releaseCount, shareOf, statusOf, type Protection } from './protect';
import type { SurveyResponseInput } from './results-filter';
import { choiceItem, resultItems, type ChoiceItem, type ResultItem } from './results-items';
import type { CompositeResult } from './results-schema';

/**
 * Composite indicators (issue 14 §4): a rule over the answers of several questions, such as 002
 * §4.2's "möjlighet att gå vidare" (arbete or studier in ganska hög grad or higher, or egen
 * försörjning at least "varken låg eller hög grad"). N is every respondent who answered at least
 * one of the rule's questions ("vet ej" included); a condition on a question left blank or
 * answered outside the scale is not met (docs/decisions/0033).
 */
export const compositeConditionSchema = z.union([
  /** On an ordered scale: this option or a higher one. */
  z.object({ questionId: questionIdSchema, atLeast: questionIdSchema }).strict(),
  /** One of these options. */
  z.object({ questionId: questionIdSchema, in: z.array(questionIdSchema).min(1).max(30) }).strict(),
]);
export type CompositeCondition = z.infer<typeof compositeConditionSchema>;

export const COMPOSITE_COMBINATIONS = ['any', 'all'] as const;

export const compositeRuleSchema = z
  .object({
    id: questionIdSchema,
    name: localizedTextSchema,
    combine: z.enum(COMPOSITE_COMBINATIONS),
    conditions: z.array(compositeConditionSchema).min(1).max(20),
  })
  .strict();
export type CompositeRule = z.infer<typeof compositeRuleSchema>;

/** What is wrong with a rule for this questionnaire, in Swedish (empty when it can be used). */
export const compositeProblems = (questionnaire: Pick<Questionnaire, 'sections'>, rule: CompositeRule): string[] =>
  problemsOf(rule, resultItems(questionnaire));

function problemsOf(rule: CompositeRule, items: readonly ResultItem[]): string[] {
  return rule.conditions.flatMap((c): string[] => {
    const item = choiceItem(items, c.questionId);
    if (!item) return [`Frågan "${c.questionId}" finns inte eller besvaras inte med ett alternativ.`];
    if ('atLeast' in c) {
      if (!item.ordered) return [`Villkoret "minst" kräver en skala, men "${c.questionId}" är ett enkelval.`];
      const option = item.options.find((o) => o.id === c.atLeast);
      return option && !option.outsideScale
        ? []
        : [`"${c.atLeast}" är inget alternativ på skalan i "${c.questionId}".`];
    }
    return c.in
      .filter((id) => !item.options.some((o) => o.id === id))
      .map((id) => `"${id}" är inget svarsalternativ i "${c.questionId}".`);
  });
}

const WORDS = {
  sv: { orHigher: 'eller högre', or: 'eller', any: 'ELLER', all: 'OCH' },
  en: { orHigher: 'or higher', or: 'or', any: 'OR', all: 'AND' },
} as const;

const label = (item: ChoiceItem, id: string) => item.options.find((o) => o.id === id)?.label ?? id;

/** The rule in words: "Arbete: i ganska hög grad eller högre, ELLER Studier: …". */
export function compositeDefinition(
  rule: CompositeRule,
  items: readonly ResultItem[],
  language: SurveyLanguage = 'sv',
): string {
  const w = WORDS[language];
  return rule.conditions
    .map((c) => {
      const item = choiceItem(items, c.questionId);
      if (!item) return c.questionId;
      const what =
        'atLeast' in c
          ? `${label(item, c.atLeast)} ${w.orHigher}`
          : c.in.map((id) => label(item, id)).join(` ${w.or} `);
      return `${item.text}: ${what}`;
    })
    .join(`, ${w[rule.combine]} `);
}

/** The rule in words for a questionnaire (shown where the indicator is defined). */
export const describeComposite = (
  questionnaire: Pick<Questionnaire, 'sections'>,
  rule: CompositeRule,
  language: SurveyLanguage = 'sv',
) => compositeDefinition(rule, resultItems(questionnaire, language), language);

/** Whether a chosen option meets a condition (an option outside the scale never meets "at least"). */
function meets(item: ChoiceItem, condition: CompositeCondition, optionId: string | undefined): boolean {
  if (optionId === undefined) return false;
  if ('in' in condition) return condition.in.includes(optionId);
  const chosen = item.options.find((o) => o.id === optionId)?.value ?? null;
  const floor = item.options.find((o) => o.id === condition.atLeast)?.value ?? null;
  return chosen !== null && floor !== null && chosen >= floor;
}

/** The protected count and share of respondents meeting a rule. */
export function compositeResult(
  rule: CompositeRule,
  items: readonly ResultItem[],
  responses: readonly SurveyResponseInput[],
  p: Protection,
  language: SurveyLanguage = 'sv',
): CompositeResult {
  const problems = problemsOf(rule, items);
  if (problems.length > 0) throw new Error(`Indikatorn "${rule.id}": ${problems.join(' ')}`);
  const conditions = rule.conditions.map((c) => ({ c, item: choiceItem(items, c.questionId)! }));
  const n = emptyCell();
  const met = emptyCell();
  for (const r of responses) {
    const chosen = conditions.map(({ c, item }) => {
      const value = r.answers[c.questionId];
      const option = value && 'option' in value ? value.option : undefined;
      return { answered: item.options.some((o) => o.id === option), met: meets(item, c, option) };
    });
    if (!chosen.some((x) => x.answered)) continue;
    addToCell(n, r.recordKey);
    if (rule.combine === 'any' ? chosen.some((x) => x.met) : chosen.every((x) => x.met)) addToCell(met, r.recordKey);
  }
  const status = statusOf(p, n);
  const nShown = releaseCount(p, status, n);
  const count = releaseCount(p, status, met);
  return {
    id: rule.id,
    name: textIn(rule.name, language),
    definition: compositeDefinition(rule, items, language),
    status,
    n: nShown,
    count,
    share: shareOf(count, nShown),
  };
}
