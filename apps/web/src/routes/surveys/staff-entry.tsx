import { useState } from 'react';
import { Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayIso, type AnswerValue, type Answers } from '@insikt/core';
import { ApiError, api } from '../../lib/api';
import { RadioGroup, TextField } from '../../lib/fields';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import { QuestionField } from '../respond/question-field';
import { answerProblems, problemErrors, problemsById } from '../respond/respond-form';
import { surveyPaths } from './survey-paths';
import { InterventionChoice, type DistributionProps } from './distribution-props';

type Mode = 'interview' | 'paper';

/**
 * An interview or a paper form entered by staff (mixed mode, as 002 pooled web and interview
 * answers), with the respondent page's own question components and checks.
 */
export function StaffEntry({ associationId, survey, distribution: d }: DistributionProps) {
  const { t, i18n } = useTranslation();
  // The questions, their texts and the checks are Swedish (staff entry is Swedish only, like the
  // interview guides), whatever language the app is in.
  const sv = i18n.getFixedT('sv');
  const client = useQueryClient();
  const form = `entry-${d.id}`;
  const [mode, setMode] = useState<Mode>('interview');
  const [interventionId, setInterventionId] = useState(d.interventionIds[0] ?? '');
  const [answeredOn, setAnsweredOn] = useState(todayIso());
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [entered, setEntered] = useState(0);
  const questionnaire = survey.questionnaire;

  const change = (id: string, value: AnswerValue | undefined) =>
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = answerProblems(questionnaire, answers, 'sv', sv('respond.notANumber'));
    setProblems(problemsById(checked.problems));
    setErrors(problemErrors(questionnaire, checked.problems, 'sv'));
    if (checked.problems.length > 0) return;
    setBusy(true);
    try {
      await api('POST', `${surveyPaths(associationId).distribution(survey.id, d.id)}/responses`, {
        mode,
        interventionId: interventionId || null,
        language: 'sv',
        answeredOn,
        answers: checked.answers,
      });
      setAnswers({});
      setEntered((n) => n + 1);
      await client.invalidateQueries({ queryKey: ['surveys', associationId] });
    } catch (error) {
      const sent = error instanceof ApiError && error.status === 422 ? serverProblems(error) : null;
      if (sent) {
        setProblems(problemsById(sent));
        setErrors(problemErrors(questionnaire, sent, 'sv'));
      } else setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Details>
      <Details.Summary>{t('surveys.entryTitle')}</Details.Summary>
      <Details.Content>
        {/* A new key after each entry starts the next form empty (number fields keep their own text). */}
        <form className="form" onSubmit={(e) => void submit(e)} noValidate key={entered}>
          <Paragraph data-size="sm">{t('surveys.entryIntro')}</Paragraph>
          {entered > 0 && <StatusMessage kind="success">{t('surveys.entered', { count: entered })}</StatusMessage>}
          <FormErrors form={form} errors={errors} />
          <RadioGroup
            form={form}
            name="mode"
            errors={errors}
            label={t('surveys.entryMode')}
            value={mode}
            onChange={setMode}
            options={[
              { value: 'interview' as const, code: 'interview', label: t('surveys.modes.interview') },
              { value: 'paper' as const, code: 'paper', label: t('surveys.modes.paper') },
            ]}
          />
          <InterventionChoice
            associationId={associationId}
            distribution={d}
            form={form}
            errors={errors}
            label={t('surveys.entryIntervention')}
            value={interventionId}
            onChange={setInterventionId}
          />
          <TextField
            form={form}
            name="answeredOn"
            errors={errors}
            type="date"
            label={t('surveys.entryDate')}
            description={t('surveys.entryDateHint')}
            value={answeredOn}
            onChange={setAnsweredOn}
          />
          {questionnaire.sections.flatMap((section) =>
            section.questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                props={{ form, language: 'sv', staff: true, answers, problems, onChange: change }}
              />
            )),
          )}
          <div>
            <Button type="submit" loading={busy}>
              {t('surveys.entrySave')}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}

/** The 422 of the staff entry carries the answer problems beside the error (SurveyAnswerProblems). */
function serverProblems(error: ApiError) {
  const body = error.body as { problems?: { questionId: string; message: string }[] } | null;
  return body?.problems ?? null;
}
