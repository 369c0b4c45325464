import { useMemo, useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  checkAnswers,
  describeProblem,
  remainingQuestions,
  textIn,
  type AnswerProblem,
  type AnswerValue,
  type Answers,
  type Questionnaire,
  type SurveyLanguage,
} from '@insikt/core';
import { fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import type { PublicSurvey } from '../../lib/types';
import { PublicSurveyError, submitResponse } from './public-survey-api';
import { Paragraphs } from './paragraphs';
import { QuestionField } from './question-field';
import type { useSavedAnswers } from './use-saved-answers';

const FORM = 'respond';

/** Problems per question or statement id, for the message next to each. */
export const problemsById = (problems: AnswerProblem[]) => {
  const byId: Record<string, string[]> = {};
  for (const p of problems) (byId[p.questionId] ??= []).push(p.message);
  return byId;
};

/**
 * The problems of the answers before anything is sent: core's `checkAnswers` (the same rules and
 * messages as the server) and numbers typed in a form that is not a number.
 */
export function answerProblems(
  questionnaire: Questionnaire,
  answers: Answers,
  language: SurveyLanguage,
  notANumber: string,
): { answers: Answers; problems: AnswerProblem[] } {
  const numbers: AnswerProblem[] = [];
  const typed: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    if ('number' in value && !Number.isFinite(value.number)) numbers.push({ questionId: id, message: notANumber });
    else typed[id] = value;
  }
  const checked = checkAnswers(questionnaire, typed, language);
  return { answers: checked.answers, problems: [...numbers, ...checked.problems] };
}

/** The error summary's entries: each problem names its question and links to it. */
export const problemErrors = (questionnaire: Questionnaire, problems: AnswerProblem[], language: SurveyLanguage) =>
  problems.map((p): FormError => ({
    field: `q-${p.questionId.replace(/\./g, '-')}`,
    message: describeProblem(questionnaire, p, language),
  }));

export function RespondForm({
  token,
  survey,
  language,
  saved,
  onSent,
}: {
  token: string;
  survey: PublicSurvey;
  language: SurveyLanguage;
  saved: ReturnType<typeof useSavedAnswers>;
  onSent: (thanks: string | null) => void;
}) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<AnswerProblem[]>([]);
  const [other, setOther] = useState<FormError[]>([]);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const questionnaire = useMemo(
    (): Questionnaire => ({ kind: 'questionnaire', title: survey.title, sections: survey.sections }),
    [survey],
  );
  const remaining = remainingQuestions(questionnaire, saved.answers);
  const progress = remaining === 0 ? t('respond.allAnswered') : t('respond.remaining', { count: remaining });

  const change = (id: string, value: AnswerValue | undefined) => {
    saved.setAnswer(id, value);
    setProblems((current) => current.filter((p) => p.questionId !== id));
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setOther([]);
    const checked = answerProblems(questionnaire, saved.answers, language, t('respond.notANumber'));
    setProblems(checked.problems);
    const missingCode = survey.needsCode && code.trim() === '';
    if (missingCode) setOther([{ field: 'code', message: t('respond.codeMissing') }]);
    if (checked.problems.length > 0 || missingCode) return;
    setBusy(true);
    try {
      const sent = await submitResponse(token, {
        language,
        answers: checked.answers,
        ...(survey.needsCode ? { code: code.trim() } : {}),
      });
      onSent(sent.thanks ?? null);
    } catch (error) {
      if (error instanceof PublicSurveyError && error.status === 422 && error.problems.length > 0) {
        setProblems(error.problems);
      } else {
        setOther([failure(error, t)]);
      }
    } finally {
      setBusy(false);
    }
  };

  const errors = [...problemErrors(questionnaire, problems, language), ...other];
  const codeError = other.find((e) => e.field === 'code')?.message;
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      {survey.intro && <Paragraphs text={textIn(survey.intro, language)} />}
      <Paragraph data-size="sm" className="muted">
        {t('respond.anonymous')}
      </Paragraph>
      <Paragraph data-size="sm">{progress}</Paragraph>
      <FormErrors form={FORM} errors={errors} />
      {survey.sections.map((section) => (
        <section
          key={section.id}
          className="stack"
          aria-labelledby={section.title ? `section-${section.id}` : undefined}
        >
          {section.title && (
            <Heading level={2} data-size="sm" id={`section-${section.id}`}>
              {textIn(section.title, language)}
            </Heading>
          )}
          {section.intro && <Paragraphs text={textIn(section.intro, language)} />}
          {section.questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              props={{
                form: FORM,
                language,
                answers: saved.answers,
                problems: problemsById(problems),
                onChange: change,
              }}
            />
          ))}
        </section>
      ))}
      {survey.needsCode && (
        <Textfield
          id={fieldId(FORM, 'code')}
          label={t('respond.codeLabel')}
          description={t('respond.codeHint')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={codeError}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <Paragraph data-size="sm">{progress}</Paragraph>
      <div className="row">
        <Button type="submit" loading={busy}>
          {t('respond.submit')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          onClick={() => {
            if (window.confirm(t('respond.clearConfirm'))) {
              saved.clear();
              setProblems([]);
            }
          }}
        >
          {t('respond.clear')}
        </Button>
      </div>
    </form>
  );
}

/** What the page says when the server refuses for another reason than the answers themselves. */
function failure(error: unknown, t: (key: string) => string): FormError {
  if (!(error instanceof PublicSurveyError)) return { message: t('respond.failed') };
  switch (error.status) {
    case 403:
      return { field: 'code', message: t('respond.codeWrong') };
    case 409:
      return { field: 'code', message: t('respond.codeUsed') };
    case 410:
      return { message: t('respond.closed') };
    case 413:
      return { message: t('respond.tooLarge') };
    case 429:
      return { message: t('respond.tooMany') };
    default:
      return { message: t('respond.failed') };
  }
}
