import type { AnswerValue, Answers, SurveyLanguage } from '@insikt/core';

/** What every question component needs: the answers so far, where to report a change, and the problems to show. */
export interface QuestionProps {
  /** Prefix of the element ids, so two forms on one page never share an id. */
  form: string;
  language: SurveyLanguage;
  answers: Answers;
  /** Problems per question or statement id (from core's checkAnswers, or the server's 422). */
  problems: Record<string, string[]>;
  onChange: (id: string, value: AnswerValue | undefined) => void;
}

/** The id of a question's element, which the error summary links to. */
export const questionDomId = (form: string, questionId: string) => `${form}-q-${questionId.replace(/\./g, '-')}`;
