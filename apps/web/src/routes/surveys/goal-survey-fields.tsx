import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { textIn } from '@insikt/core';
import { get } from '../../lib/api';
import { FormSelect, SelectField } from '../../lib/fields';
import { useFormFrame } from '../../lib/form';
import type { Survey, SurveyComposite, SurveyListItem } from '../../lib/types';
import { surveyPaths } from './survey-paths';

/** A goal's survey as the insats form holds it (core's `goalSurveySource`). */
interface GoalSurveyDraft {
  surveyId: string;
  questionId?: string | null;
  compositeId?: string | null;
}

/**
 * The survey and the question (a scale question or a matrix statement) or composite indicator whose
 * positive share measures an insats goal (issue 14 §5, decision 0039). Only surveys for this insats or
 * the whole förbund are offered: the server refuses others. `name` is the goal's `survey` field.
 */
export function GoalSurveyFields({
  associationId,
  interventionId,
  name,
}: {
  associationId: string;
  /** Null for an insats being created: only förbund-wide surveys can be for it yet. */
  interventionId: string | null;
  name: string;
}) {
  const { t } = useTranslation();
  const paths = surveyPaths(associationId);
  const { setValue } = useFormContext();
  const { form, errors, readOnly } = useFormFrame();
  const draft = useWatch({ name }) as GoalSurveyDraft | null;
  const surveyId = draft?.surveyId ?? '';
  const list = useQuery({
    queryKey: ['surveys', associationId],
    queryFn: () => get<SurveyListItem[]>(paths.api),
  });
  const survey = useQuery({
    queryKey: ['surveys', associationId, surveyId],
    queryFn: () => get<Survey>(paths.survey(surveyId)),
    enabled: Boolean(surveyId),
  });
  const composites = useQuery({
    queryKey: ['surveys', associationId, surveyId, 'composites'],
    queryFn: () => get<SurveyComposite[]>(`${paths.survey(surveyId)}/composites`),
    enabled: Boolean(surveyId),
  });
  const surveys = (list.data ?? []).filter(
    (s) => s.interventionIds.length === 0 || (interventionId !== null && s.interventionIds.includes(interventionId)),
  );
  // Questions and composites share one list: the goal is measured by exactly one of them.
  const measures = [
    ...(survey.data?.questionnaire.sections ?? [])
      .flatMap((s) => s.questions)
      .flatMap((q) =>
        q.type === 'matrix'
          ? q.statements.map((s) => ({ value: `q:${s.id}`, label: `${textIn(q.text, 'sv')}: ${textIn(s.text, 'sv')}` }))
          : q.type === 'scale'
            ? [{ value: `q:${q.id}`, label: textIn(q.text, 'sv') }]
            : [],
      ),
    ...(composites.data ?? []).map((c) => ({
      value: `c:${c.id}`,
      label: t('interventions.surveyComposite', { name: textIn(c.name, 'sv') }),
    })),
  ];
  const chosen = draft?.questionId ? `q:${draft.questionId}` : draft?.compositeId ? `c:${draft.compositeId}` : '';
  return (
    <>
      <FormSelect
        name={`${name}.surveyId`}
        label={t('interventions.survey')}
        placeholder="–"
        options={surveys.map((s) => ({ value: s.id, label: s.name }))}
        onChanged={() => {
          setValue(`${name}.questionId`, null);
          setValue(`${name}.compositeId`, null);
        }}
      />
      {surveyId && (
        <SelectField
          form={form}
          // The server names the question's field; a composite's error is shown here too.
          name={errors.some((e) => e.field === `${name}.compositeId`) ? `${name}.compositeId` : `${name}.questionId`}
          errors={errors}
          disabled={readOnly}
          label={t('interventions.surveyMeasure')}
          description={t('interventions.surveyMeasureHint')}
          empty="–"
          options={measures}
          value={chosen}
          onChange={(v) => {
            setValue(`${name}.questionId`, v.startsWith('q:') ? v.slice(2) : null, { shouldDirty: true });
            setValue(`${name}.compositeId`, v.startsWith('c:') ? v.slice(2) : null, { shouldDirty: true });
          }}
        />
      )}
    </>
  );
}
