import { useState } from 'react';
import { Field, Fieldset, Input, Label, Paragraph, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { textIn, type QuestionOf, type SurveyQuestion } from '@insikt/core';
import { toNumber, fromNumber } from '../../lib/fields';
import { CheckboxOptions, MatrixStatements, RadioOptions } from './choice-questions';
import { questionDomId, useQuestionT, type QuestionProps } from './question-props';

/**
 * One question of a questionnaire as a fieldset whose legend is the question (issue 14 §3), for the
 * respondent page and for staff who enter an interview or a paper form.
 */
export function QuestionField({ question, props }: { question: SurveyQuestion; props: QuestionProps }) {
  const t = useQuestionT(props);
  const id = questionDomId(props.form, question.id);
  const problems = props.problems[question.id] ?? [];
  return (
    // The rule above each question sits on a wrapper: on the fieldset itself it would cross the legend.
    <div className="respond-question">
      <Fieldset id={id} tabIndex={-1} aria-invalid={problems.length > 0 ? true : undefined}>
        <Fieldset.Legend>{textIn(question.text, props.language)}</Fieldset.Legend>
        {question.help && <Fieldset.Description>{textIn(question.help, props.language)}</Fieldset.Description>}
        {question.required && <Paragraph data-size="sm">{t('respond.required')}</Paragraph>}
        {question.type === 'multiple' && question.maxChoices !== undefined && (
          <Paragraph data-size="sm">{t('respond.maxChoices', { count: question.maxChoices })}</Paragraph>
        )}
        <Answer question={question} props={props} />
        {problems.map((message) => (
          <ValidationMessage key={message}>{message}</ValidationMessage>
        ))}
      </Fieldset>
    </div>
  );
}

function Answer({ question, props }: { question: SurveyQuestion; props: QuestionProps }) {
  const name = `${questionDomId(props.form, question.id)}-answer`;
  switch (question.type) {
    case 'scale':
    case 'single':
      return (
        <RadioOptions
          name={name}
          options={question.type === 'scale' ? question.scale.options : question.options}
          value={props.answers[question.id]}
          onChange={(v) => props.onChange(question.id, v)}
          props={props}
        />
      );
    case 'multiple':
      return <CheckboxOptions question={question} props={props} />;
    case 'matrix':
      return <MatrixStatements question={question} props={props} />;
    case 'number':
      return <NumberAnswer question={question} props={props} id={name} />;
    case 'date':
      return <DateAnswer question={question} props={props} id={name} />;
    case 'text':
      return <TextAnswer question={question} props={props} id={name} />;
  }
}

function NumberAnswer({ question, props, id }: { question: QuestionOf<'number'>; props: QuestionProps; id: string }) {
  const t = useQuestionT(props);
  const value = props.answers[question.id];
  // The text as typed, so "2," stays while the respondent goes on to "2,5".
  const [text, setText] = useState(value && 'number' in value ? fromNumber(value.number) : '');
  const { min, max } = question;
  const range =
    min !== undefined && max !== undefined
      ? t('respond.numberRange', { min, max })
      : min !== undefined
        ? t('respond.numberMin', { min })
        : max !== undefined
          ? t('respond.numberMax', { max })
          : t('respond.numberHint');
  const unit = question.unit ? ` ${t('respond.unit', { unit: textIn(question.unit, props.language) })}` : '';
  return (
    <Field>
      <Label htmlFor={id}>{t('respond.answerLabel')}</Label>
      <Field.Description>{range + unit}</Field.Description>
      <Input
        id={id}
        inputMode={question.integer ? 'numeric' : 'decimal'}
        size={12}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = toNumber(e.target.value);
          // A text that is not a number is kept as NaN, so the page can say so before sending.
          props.onChange(question.id, n === null ? undefined : { number: n });
        }}
      />
    </Field>
  );
}

function DateAnswer({ question, props, id }: { question: QuestionOf<'date'>; props: QuestionProps; id: string }) {
  const t = useQuestionT(props);
  const value = props.answers[question.id];
  return (
    <Field>
      <Label htmlFor={id}>{t('respond.dateLabel')}</Label>
      <Field.Description>{t('respond.dateHint')}</Field.Description>
      <Input
        id={id}
        type="date"
        value={value && 'date' in value ? value.date : ''}
        onChange={(e) => props.onChange(question.id, e.target.value ? { date: e.target.value } : undefined)}
      />
    </Field>
  );
}

function TextAnswer({ question, props, id }: { question: QuestionOf<'text'>; props: QuestionProps; id: string }) {
  const t = useQuestionT(props);
  const value = props.answers[question.id];
  const common = {
    id,
    value: value && 'text' in value ? value.text : '',
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onChange(question.id, e.target.value ? { text: e.target.value } : undefined),
  };
  return (
    <Field>
      <Label htmlFor={id}>{t('respond.answerLabel')}</Label>
      <Field.Description>{t('respond.textHint')}</Field.Description>
      {question.multiline ? <Textarea rows={4} {...common} /> : <Input {...common} />}
    </Field>
  );
}
