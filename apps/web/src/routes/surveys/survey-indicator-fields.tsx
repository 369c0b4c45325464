import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SURVEY_INDICATOR_MEASURES, textIn } from '@insikt/core';
import { get } from '../../lib/api';
import { choices, FormSelect } from '../../lib/fields';
import type { Survey, SurveyListItem } from '../../lib/types';
import { surveyPaths } from './survey-paths';

/** The fields of a survey indicator as the programme logic's dialog holds them. */
export interface SurveyIndicatorDraft {
  surveyId: string;
  questionId: string;
  measure: string;
}

/**
 * The survey, question (a scale question or a matrix statement) and measure of a survey indicator
 * (issue 14 §5), inside the indicator dialog's form.
 */
export function SurveyIndicatorFields({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const paths = surveyPaths(associationId);
  const surveyId = useWatch<SurveyIndicatorDraft, 'surveyId'>({ name: 'surveyId' });
  const list = useQuery({
    queryKey: ['surveys', associationId],
    queryFn: () => get<SurveyListItem[]>(paths.api),
  });
  const survey = useQuery({
    queryKey: ['surveys', associationId, surveyId],
    queryFn: () => get<Survey>(paths.survey(surveyId)),
    enabled: Boolean(surveyId),
  });
  const questions = (survey.data?.questionnaire.sections ?? [])
    .flatMap((s) => s.questions)
    .flatMap((q) =>
      q.type === 'matrix'
        ? q.statements.map((s) => ({ value: s.id, label: `${textIn(q.text, 'sv')}: ${textIn(s.text, 'sv')}` }))
        : q.type === 'scale'
          ? [{ value: q.id, label: textIn(q.text, 'sv') }]
          : [],
    );
  return (
    <>
      <FormSelect<SurveyIndicatorDraft>
        name="surveyId"
        label={t('surveyResults.indicator.survey')}
        placeholder="–"
        options={(list.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />
      {questions.length > 0 && (
        <FormSelect<SurveyIndicatorDraft>
          name="questionId"
          label={t('surveyResults.indicator.question')}
          placeholder="–"
          options={questions}
        />
      )}
      <FormSelect<SurveyIndicatorDraft>
        name="measure"
        label={t('surveyResults.indicator.measure')}
        options={choices(SURVEY_INDICATOR_MEASURES, (m) => t(`surveyResults.indicator.measures.${m}`))}
      />
    </>
  );
}
