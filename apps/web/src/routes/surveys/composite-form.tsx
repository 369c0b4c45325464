import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { textIn, type CompositeCondition } from '@insikt/core';
import { post } from '../../lib/api';
import { RadioGroup, SelectField, TextField } from '../../lib/fields';
import { FormErrors } from '../../lib/form-errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import type { Survey } from '../../lib/types';
import { surveyPaths } from './survey-paths';

interface Row {
  questionId: string;
  rule: 'atLeast' | 'in';
  optionId: string;
}
const EMPTY_ROW: Row = { questionId: '', rule: 'atLeast', optionId: '' };
const MAX_ROWS = 6;

/** The questions a condition can be on: scales, single choices and matrix statements, with their options. */
function conditionQuestions(survey: Survey) {
  return survey.questionnaire.sections
    .flatMap((s) => s.questions)
    .flatMap((q) => {
      if (q.type === 'matrix')
        return q.statements.map((s) => ({
          id: s.id,
          text: `${textIn(q.text, 'sv')}: ${textIn(s.text, 'sv')}`,
          ordered: true,
          options: q.scale.options,
        }));
      if (q.type === 'scale')
        return [{ id: q.id, text: textIn(q.text, 'sv'), ordered: true, options: q.scale.options }];
      if (q.type === 'single') return [{ id: q.id, text: textIn(q.text, 'sv'), ordered: false, options: q.options }];
      return [];
    });
}

/**
 * A new composite indicator (issue 14 §4): a name, any or all, and conditions "this option or
 * higher" or "this option" on the survey's questions. The server checks the rule against the
 * survey and names what does not fit.
 */
export function CompositeForm({ associationId, survey }: { associationId: string; survey: Survey }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = 'survey-composite';
  const questions = conditionQuestions(survey);
  const [name, setName] = useState('');
  const [combine, setCombine] = useState<'any' | 'all'>('any');
  const [rows, setRows] = useState<Row[]>([EMPTY_ROW]);
  const [saved, setSaved] = useState(false);
  const { errors, busy, submit } = useFormSubmit(async (conditions: CompositeCondition[]) => {
    await post(`${surveyPaths(associationId).survey(survey.id)}/composites`, {
      name: { sv: name },
      combine,
      conditions,
    });
    await client.invalidateQueries({ queryKey: ['surveys', associationId, survey.id, 'results'] });
    setName('');
    setRows([EMPTY_ROW]);
    setSaved(true);
  });
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void submit(
      rows
        .filter((r) => r.questionId && r.optionId)
        .map((r) =>
          r.rule === 'atLeast'
            ? { questionId: r.questionId, atLeast: r.optionId }
            : { questionId: r.questionId, in: [r.optionId] },
        ),
      event,
    );
  };
  return (
    <form className="form" onSubmit={save} noValidate>
      <Heading level={3} data-size="xs">
        {t('surveyResults.composite.title')}
      </Heading>
      <Paragraph data-size="sm">{t('surveyResults.composite.intro')}</Paragraph>
      <FormErrors form={form} errors={errors} />
      <TextField
        form={form}
        name="name"
        errors={errors}
        label={t('surveyResults.composite.name')}
        value={name}
        onChange={setName}
      />
      <RadioGroup
        form={form}
        name="combine"
        errors={errors}
        label={t('surveyResults.composite.combine')}
        value={combine}
        onChange={setCombine}
        options={(['any', 'all'] as const).map((c) => ({
          value: c,
          code: c,
          label: t(`surveyResults.composite.combines.${c}`),
        }))}
      />
      {rows.map((row, i) => {
        const question = questions.find((q) => q.id === row.questionId);
        return (
          <fieldset key={i} className="row">
            <legend>{t('surveyResults.composite.condition', { n: i + 1 })}</legend>
            <SelectField
              form={form}
              name={`conditions.${i}.questionId`}
              errors={errors}
              label={t('surveyResults.composite.question')}
              value={row.questionId}
              empty="–"
              onChange={(questionId) => setRow(i, { questionId, optionId: '' })}
              options={questions.map((q) => ({ value: q.id, label: q.text }))}
            />
            {question && (
              <SelectField
                form={form}
                name={`conditions.${i}.rule`}
                errors={errors}
                label={t('surveyResults.composite.rule')}
                value={question.ordered ? row.rule : 'in'}
                onChange={(rule) => setRow(i, { rule: rule as Row['rule'] })}
                options={(question.ordered ? (['atLeast', 'in'] as const) : (['in'] as const)).map((r) => ({
                  value: r,
                  label: t(`surveyResults.composite.rules.${r}`),
                }))}
              />
            )}
            {question && (
              <SelectField
                form={form}
                name={`conditions.${i}.optionId`}
                errors={errors}
                label={t('surveyResults.composite.option')}
                value={row.optionId}
                empty="–"
                onChange={(optionId) => setRow(i, { optionId, rule: question.ordered ? row.rule : 'in' })}
                options={question.options
                  .filter((o) => !(row.rule === 'atLeast' && o.outsideScale))
                  .map((o) => ({ value: o.id, label: textIn(o.label, 'sv') }))}
              />
            )}
          </fieldset>
        );
      })}
      <div className="row">
        {rows.length < MAX_ROWS && (
          <Button type="button" variant="secondary" onClick={() => setRows((all) => [...all, EMPTY_ROW])}>
            {t('surveyResults.composite.addCondition')}
          </Button>
        )}
        <Button type="submit" disabled={busy}>
          {t('surveyResults.composite.save')}
        </Button>
      </div>
      {saved && <Paragraph role="status">{t('surveyResults.composite.saved')}</Paragraph>}
    </form>
  );
}
