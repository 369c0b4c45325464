import { isBlank, type Answers } from './answers';
import { questionsOf, type Questionnaire } from './model';

/**
 * How many questions the respondent has left ("3 frågor kvar", issue 14 §3). A matrix is one
 * question on the page, so it counts once and is done when every statement has an answer; a blank
 * answer (empty text, no option) is not an answer, the same rule as `checkAnswers`.
 */
export function remainingQuestions(questionnaire: Pick<Questionnaire, 'sections'>, answers: Answers): number {
  const answered = (id: string) => {
    const value = answers[id];
    return value !== undefined && !isBlank(value);
  };
  return questionsOf(questionnaire).filter((question) =>
    question.type === 'matrix' ? !question.statements.every((s) => answered(s.id)) : !answered(question.id),
  ).length;
}
