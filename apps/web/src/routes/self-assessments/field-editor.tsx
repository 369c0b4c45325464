import { useState } from 'react';
import { Button, Fieldset, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useBlocker } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, RATINGS, type ActionStatus } from '@insikt/core';
import { put } from '../../lib/api';
import { FormDate, FormRadio, FormSelect, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { StatusMessage } from '../../lib/status-message';
import type { SelfAssessment, SelfAssessmentAction, SelfAssessmentField } from '../../lib/types';
import { useRatingText } from './field-view';
import { assessmentKey, selfAssessmentPaths } from './self-assessment-api';

interface Draft {
  questions: {
    key: string;
    assessment: string;
    rating: number | null;
    actions: (Omit<SelfAssessmentAction, 'status'> & { status: ActionStatus })[];
  }[];
}

const newAction = () => ({
  id: crypto.randomUUID(),
  what: '',
  who: '',
  due: null,
  status: 'planned' as const,
  carriedFrom: null,
});

/**
 * One field of a draft self-assessment: per question the assessment as free text, a rating (1–5 or
 * ej bedömt) and the actions (what, who, by when, status), with last year's answer to the same
 * question at hand. Reading a field is FieldView's.
 */
export function FieldEditor({
  associationId,
  assessment,
  field,
  previous,
}: {
  associationId: string;
  assessment: SelfAssessment;
  field: SelfAssessmentField;
  /** The same field in the year before, when the user may see one. */
  previous?: { year: number; field: SelfAssessmentField };
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const bound = useBoundForm<Draft, unknown>({
    form: `field-${field.number}`,
    defaultValues: {
      questions: field.questions.map((q) => ({
        key: q.key,
        assessment: q.assessment,
        rating: q.rating,
        actions: q.actions.map((a) => ({ ...a, status: a.status as ActionStatus })),
      })),
    },
    // The origin of a carried action is the server's to keep; it is shown, never sent.
    toBody: (d) => ({
      questions: d.questions.map((q) => ({ ...q, actions: q.actions.map(({ carriedFrom: _, ...a }) => a) })),
      version: client.getQueryData<SelfAssessment>(assessmentKey(assessment.id))?.version ?? assessment.version,
    }),
    onSubmit: async (body) => {
      setSaved(false);
      const url = `${selfAssessmentPaths(associationId).one(assessment.id)}/fields/${field.number}`;
      client.setQueryData(assessmentKey(assessment.id), await put<SelfAssessment>(url, body));
      // What is saved is the new starting point: leaving now loses nothing.
      bound.methods.reset(bound.methods.getValues());
      setSaved(true);
    },
  });
  // A field's texts are long and written in a meeting: leaving it (the next field, back to the grid,
  // closing the tab) with unsaved text asks first instead of dropping the text silently.
  const dirty = bound.methods.formState.isDirty;
  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm(t('selfAssessments.unsavedConfirm')),
    enableBeforeUnload: () => dirty,
  });
  const ratingOptions = [
    { value: null, code: 'none', label: t('selfAssessments.notRated') },
    ...RATINGS.map((r) => ({ value: r as number | null, code: String(r), label: t(`selfAssessments.ratings.${r}`) })),
  ];
  return (
    <BoundForm bound={bound} className="stack">
      {field.questions.map((q, i) => (
        <section key={q.key} className="stack sa-question" aria-labelledby={`q-${q.key}`}>
          <Heading level={2} data-size="sm" id={`q-${q.key}`}>
            {q.text}
          </Heading>
          {q.help && <Paragraph data-size="sm">{q.help}</Paragraph>}
          {previous && (
            <PreviousAnswer year={previous.year} question={previous.field.questions.find((p) => p.key === q.key)} />
          )}
          <FormText<Draft>
            name={`questions.${i}.assessment`}
            multiline
            label={t('selfAssessments.assessment')}
            description={t('selfAssessments.assessmentHint')}
          />
          <FormRadio<Draft, number | null>
            name={`questions.${i}.rating`}
            label={t('selfAssessments.rating')}
            options={ratingOptions}
          />
          <Actions index={i} question={q.text} />
        </section>
      ))}
      {saved && <StatusMessage kind="success">{t('common.saved')}</StatusMessage>}
      <SubmitButton>{t('selfAssessments.saveField')}</SubmitButton>
    </BoundForm>
  );
}

/** Last year's text and rating of the same question, folded away until asked for (issue 13 review §2). */
function PreviousAnswer({ year, question }: { year: number; question?: SelfAssessmentField['questions'][number] }) {
  const { t } = useTranslation();
  const ratingText = useRatingText();
  if (!question) return null;
  return (
    <details className="sa-previous">
      <summary>{t('selfAssessments.previousYear', { year, rating: ratingText(question.rating) })}</summary>
      <Paragraph data-size="sm" className="pre-line">
        {question.assessment || t('selfAssessments.noAssessment')}
      </Paragraph>
    </details>
  );
}

/** The actions of one question: a fieldset each, added and removed in place. */
function Actions({ index, question }: { index: number; question: string }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray<Draft, `questions.${number}.actions`>({
    name: `questions.${index}.actions`,
  });
  const statuses = ACTION_STATUSES.map((s) => ({ value: s, label: t(`selfAssessments.actionStatuses.${s}`) }));
  return (
    <div className="stack">
      <Heading level={3} data-size="xs">
        {t('selfAssessments.actions')}
      </Heading>
      {fields.length === 0 && <Paragraph data-size="sm">{t('selfAssessments.noActions')}</Paragraph>}
      {fields.map((a, j) => {
        const path = `questions.${index}.actions.${j}` as const;
        return (
          <Fieldset key={a.id} className="sa-action">
            <Fieldset.Legend>
              {t('selfAssessments.actionLegend', { number: j + 1 })}{' '}
              {a.carriedFrom && (
                <Tag data-color="info">{t('selfAssessments.carriedFrom', { year: a.carriedFrom.year })}</Tag>
              )}
            </Fieldset.Legend>
            <FormText<Draft> name={`${path}.what`} label={t('selfAssessments.actionWhat')} multiline />
            <div className="row">
              <FormText<Draft> name={`${path}.who`} label={t('selfAssessments.actionWho')} />
              <FormDate<Draft> name={`${path}.due`} nullable label={t('selfAssessments.actionDue')} />
              <FormSelect<Draft> name={`${path}.status`} label={t('selfAssessments.actionStatus')} options={statuses} />
            </div>
            <div>
              <Button variant="tertiary" data-size="sm" onClick={() => remove(j)}>
                {t('selfAssessments.removeAction', { number: j + 1 })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => append(newAction())}>
          {t('selfAssessments.addAction')}
          <span className="visually-hidden">: {question}</span>
        </Button>
      </div>
    </div>
  );
}
