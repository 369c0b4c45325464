import {
  inScaleOptions,
  positiveOptionIds,
  questionsOf,
  textIn,
  type Questionnaire,
  type SurveyLanguage,
  type SurveyOption,
  type SurveyQuestion,
} from './model';

/** One option of a choice item as the results need it. */
export interface ItemOption {
  id: string;
  label: string;
  outsideScale: boolean;
  positive: boolean;
  /** 1…k over the options inside the scale, in order (a numeric scale's mean uses it); null outside it. */
  value: number | null;
  other: boolean;
}

/** A scale, single choice or matrix statement: one option per answer. */
export interface ChoiceItem {
  kind: 'choice';
  id: string;
  questionId: string;
  type: 'scale' | 'single' | 'matrix';
  text: string;
  questionText: string;
  options: ItemOption[];
  /** The positive set (scales and matrices only). */
  positive: string[] | null;
  /** Whether the scale is numeric, so a mean is shown. */
  numeric: boolean;
  /** Whether the options are ordered (scale, matrix), so "at least" makes sense. */
  ordered: boolean;
}

export interface OtherItem {
  kind: 'multiple' | 'number' | 'date' | 'text';
  id: string;
  text: string;
  options: ItemOption[];
}

export type ResultItem = ChoiceItem | OtherItem;

function itemOptions(options: readonly SurveyOption[], positive: readonly string[], language: SurveyLanguage) {
  let value = 0;
  return options.map((o): ItemOption => ({
    id: o.id,
    label: textIn(o.label, language),
    outsideScale: o.outsideScale === true,
    positive: positive.includes(o.id),
    value: o.outsideScale ? null : ++value,
    other: o.other === true,
  }));
}

function itemsOf(question: SurveyQuestion, language: SurveyLanguage): ResultItem[] {
  const text = textIn(question.text, language);
  switch (question.type) {
    case 'scale':
    case 'matrix': {
      const positive = positiveOptionIds(question.scale);
      const base = {
        kind: 'choice' as const,
        questionId: question.id,
        type: question.type,
        questionText: text,
        options: itemOptions(question.scale.options, positive, language),
        positive,
        numeric: question.scale.numeric && inScaleOptions(question.scale).length > 0,
        ordered: true,
      };
      return question.type === 'scale'
        ? [{ ...base, id: question.id, text }]
        : question.statements.map((s) => ({ ...base, id: s.id, text: textIn(s.text, language) }));
    }
    case 'single':
      return [
        {
          kind: 'choice',
          id: question.id,
          questionId: question.id,
          type: 'single',
          text,
          questionText: text,
          options: itemOptions(question.options, [], language),
          positive: null,
          numeric: false,
          ordered: false,
        },
      ];
    case 'multiple':
      return [{ kind: 'multiple', id: question.id, text, options: itemOptions(question.options, [], language) }];
    default:
      return [{ kind: question.type, id: question.id, text, options: [] }];
  }
}

/** Every answerable item of a questionnaire in order: a matrix gives one item per statement. */
export const resultItems = (questionnaire: Pick<Questionnaire, 'sections'>, language: SurveyLanguage = 'sv') =>
  questionsOf(questionnaire).flatMap((q) => itemsOf(q, language));

/** The choice item answered under `id`, if any. */
export function choiceItem(items: readonly ResultItem[], id: string): ChoiceItem | undefined {
  const item = items.find((i) => i.id === id);
  return item?.kind === 'choice' ? item : undefined;
}
