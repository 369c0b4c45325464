import { useTranslation } from 'react-i18next';
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
  /** Staff entering someone's interview or paper form: the texts speak of "the answer", not "your answer". */
  staff?: boolean;
}

/** Texts that address the respondent ("Ditt svar"), and their wording for staff entering the answers. */
const STAFF_WORDED: Record<string, string> = {
  'respond.answerLabel': 'respond.answerLabelStaff',
  'respond.textHint': 'respond.textHintStaff',
  'respond.otherLabel': 'respond.otherLabelStaff',
};

/**
 * The texts around the questions in the questionnaire's language, not the app's: staff entry is in
 * Swedish (as its questions and checks are) even when the staff member's app is in English, and on the
 * respondent page the two are the same language anyway.
 */
export function useQuestionT(props: Pick<QuestionProps, 'language' | 'staff'>) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(props.language);
  return (key: string, options?: Record<string, unknown>) =>
    t((props.staff && STAFF_WORDED[key]) || key, options ?? {});
}

/** The id of a question's element, which the error summary links to. */
export const questionDomId = (form: string, questionId: string) => `${form}-q-${questionId.replace(/\./g, '-')}`;
