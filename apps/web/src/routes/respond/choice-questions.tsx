import { Checkbox, Field, Fieldset, Input, Label, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { textIn, type AnswerValue, type QuestionOf, type SurveyOption } from '@insikt/core';
import { questionDomId, useQuestionT, type QuestionProps } from './question-props';

/** The "annat, nämligen …" text, shown only while its option is chosen. */
function OtherText({
  id,
  value,
  onChange,
  props,
}: {
  id: string;
  value: string;
  onChange: (text: string) => void;
  props: QuestionProps;
}) {
  const t = useQuestionT(props);
  return (
    <Field className="respond-other">
      <Label htmlFor={id}>{t('respond.otherLabel')}</Label>
      <Input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** One option chosen of a list, as a radio group: a scale, a single choice, or a matrix statement. */
export function RadioOptions({
  name,
  options,
  value,
  onChange,
  props,
}: {
  name: string;
  options: readonly SurveyOption[];
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  props: QuestionProps;
}) {
  const chosen = value && 'option' in value ? value : undefined;
  const other = options.find((o) => o.id === chosen?.option)?.other;
  return (
    <>
      {options.map((o) => (
        <Radio
          key={o.id}
          name={name}
          value={o.id}
          label={textIn(o.label, props.language)}
          checked={chosen?.option === o.id}
          onChange={() => onChange({ option: o.id })}
        />
      ))}
      {other && chosen && (
        <OtherText
          id={`${name}-other`}
          value={chosen.other ?? ''}
          onChange={(text) => onChange({ option: chosen.option, ...(text ? { other: text } : {}) })}
          props={props}
        />
      )}
    </>
  );
}

export function CheckboxOptions({ question, props }: { question: QuestionOf<'multiple'>; props: QuestionProps }) {
  const value = props.answers[question.id];
  const chosen = value && 'options' in value ? value : { options: [] as string[] };
  const name = questionDomId(props.form, question.id);
  const withOther = question.options.some((o) => o.other && chosen.options.includes(o.id));
  const set = (options: string[], other?: string) => {
    const keepOther = other && question.options.some((o) => o.other && options.includes(o.id));
    props.onChange(question.id, options.length === 0 ? undefined : { options, ...(keepOther ? { other } : {}) });
  };
  return (
    <>
      {question.options.map((o) => (
        <Checkbox
          key={o.id}
          name={name}
          value={o.id}
          label={textIn(o.label, props.language)}
          checked={chosen.options.includes(o.id)}
          onChange={(e) =>
            set(e.target.checked ? [...chosen.options, o.id] : chosen.options.filter((id) => id !== o.id), chosen.other)
          }
        />
      ))}
      {withOther && (
        <OtherText
          id={`${name}-other`}
          value={chosen.other ?? ''}
          onChange={(text) => set(chosen.options, text)}
          props={props}
        />
      )}
    </>
  );
}

/**
 * A matrix as rows a screen reader can follow: each statement is its own radio group with the
 * statement as its legend, never a visual-only table (issue 14 §3).
 */
export function MatrixStatements({ question, props }: { question: QuestionOf<'matrix'>; props: QuestionProps }) {
  return (
    <div className="respond-matrix">
      {question.statements.map((statement) => {
        const problems = props.problems[statement.id] ?? [];
        return (
          <Fieldset
            key={statement.id}
            id={questionDomId(props.form, statement.id)}
            tabIndex={-1}
            className="respond-statement"
            aria-invalid={problems.length > 0 ? true : undefined}
          >
            <Fieldset.Legend>{textIn(statement.text, props.language)}</Fieldset.Legend>
            <RadioOptions
              name={`${questionDomId(props.form, statement.id)}-option`}
              options={question.scale.options}
              value={props.answers[statement.id]}
              onChange={(v) => props.onChange(statement.id, v)}
              props={props}
            />
            {problems.map((message) => (
              <ValidationMessage key={message}>{message}</ValidationMessage>
            ))}
          </Fieldset>
        );
      })}
    </div>
  );
}
