import { RESPONDENT_GROUPS, RESPONSE_MODES, type Questionnaire } from './model';
import { filterResponses, type SurveyResponseInput } from './results-filter';
import { resultItems } from './results-items';
import { surveyResults, type SurveyResultsOptions } from './results';
import type { QuestionResult, SurveyCrossTab, SurveyFilter, SurveySplit } from './results-schema';

interface Column {
  key: string;
  label: string | null;
  filter: SurveyFilter;
}

const inOrder = <T>(order: readonly T[], present: Iterable<T>) => {
  const seen = new Set(present);
  return order.filter((v) => seen.has(v));
};

/** The columns of a split: the values present among the responses, or every option of a question. */
function columnsOf(
  questionnaire: Pick<Questionnaire, 'sections'>,
  responses: readonly SurveyResponseInput[],
  split: SurveySplit,
  base: SurveyFilter,
  options: SurveyResultsOptions,
): Column[] {
  switch (split.by) {
    case 'group':
      return inOrder(
        RESPONDENT_GROUPS,
        responses.map((r) => r.group),
      ).map((g) => ({ key: g, label: null, filter: { ...base, groups: [g] } }));
    case 'mode':
      return inOrder(
        RESPONSE_MODES,
        responses.map((r) => r.mode),
      ).map((m) => ({ key: m, label: null, filter: { ...base, modes: [m] } }));
    case 'year':
      return [...new Set(responses.map((r) => r.year))]
        .sort((a, b) => a - b)
        .map((y) => ({ key: String(y), label: null, filter: { ...base, years: [y] } }));
    case 'intervention':
      return [...new Set(responses.map((r) => r.interventionId))]
        .sort((a, b) => (a ?? '').localeCompare(b ?? ''))
        .map((id) => ({ key: id ?? '', label: null, filter: { ...base, interventionIds: [id] } }));
    case 'question': {
      const item = resultItems(questionnaire, options.language).find((i) => i.id === split.questionId);
      if (!item || (item.kind !== 'choice' && item.kind !== 'multiple')) {
        throw new Error(`Frågan "${split.questionId}" finns inte eller har inga svarsalternativ att dela upp på.`);
      }
      return item.options.map((o) => ({
        key: o.id,
        label: o.label,
        filter: { ...base, answers: [...(base.answers ?? []), { questionId: item.id, optionIds: [o.id] }] },
      }));
    }
  }
}

/**
 * Results split by respondent group, insats, year, answer mode or the options of another
 * question (e.g. gender), beside the total (issue 14 §4). Every column is protected as a group
 * of its own: a column with fewer answers than the threshold shows nothing, not even its N.
 * `invitedBy` gives the number invited per column key, for a response rate per insats or year.
 */
export function crossTabulate(
  questionnaire: Pick<Questionnaire, 'sections'>,
  responses: readonly SurveyResponseInput[],
  split: SurveySplit,
  options: SurveyResultsOptions & { invitedBy?: Readonly<Record<string, number>> } = {},
): SurveyCrossTab {
  const base = options.filter ?? {};
  const { invitedBy, ...rest } = options;
  const columns = columnsOf(questionnaire, filterResponses(responses, base), split, base, options);
  return {
    split,
    total: surveyResults(questionnaire, responses, rest),
    columns: columns.map((c) => ({
      key: c.key,
      label: c.label,
      results: surveyResults(questionnaire, responses, {
        ...rest,
        filter: c.filter,
        invited: invitedBy?.[c.key] ?? null,
      }),
    })),
  };
}

/** One question across the columns of a cross-tab, e.g. the same question year by year side by side. */
export const questionAcross = (tab: SurveyCrossTab, id: string): { key: string; result: QuestionResult | null }[] =>
  tab.columns.map((c) => ({ key: c.key, result: c.results.questions.find((q) => q.id === id) ?? null }));
