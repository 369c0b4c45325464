import { Button, Card, Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { textIn, type Scale, type SurveyQuestion } from '@insikt/core';
import { fromNumber, toNumber } from '../../lib/fields';
import { fieldId } from '../../lib/form-errors';
import { at, freeId, IdInput, ItemActions, LocalizedInput, move, type At } from './editor-inputs';
import { OptionsEditor } from './options-editor';

/** One question of the template editor: its id, wording in both languages, and what its type needs. */
export function QuestionEditor({
  where,
  question: q,
  number,
  onChange,
  actions,
}: {
  where: At;
  question: SurveyQuestion;
  number: number;
  onChange: (question: SurveyQuestion) => void;
  actions: React.ReactNode;
}) {
  const { t } = useTranslation();
  const edit = (fn: (q: SurveyQuestion) => void) => {
    const next = structuredClone(q);
    fn(next);
    onChange(next);
  };
  const setScale = (scale: Scale) => edit((n) => void ('scale' in n && (n.scale = scale)));
  const title = `${t('surveys.editor.question', { number })}: ${t(`surveys.types.${q.type}`)}`;
  return (
    <Card className="stack editor-question">
      <Heading level={4} data-size="xs">
        {title}
        {textIn(q.text, 'sv') && <span className="muted"> – {textIn(q.text, 'sv')}</span>}
      </Heading>
      <IdInput
        where={at(where, 'id')}
        label={t('surveys.editor.questionId')}
        hint
        value={q.id}
        onChange={(id) => edit((n) => void (n.id = id))}
      />
      <LocalizedInput
        where={at(where, 'text')}
        label={t('surveys.editor.questionText')}
        value={q.text}
        multiline
        onChange={(text) => edit((n) => void (n.text = text ?? { sv: '' }))}
      />
      <LocalizedInput
        where={at(where, 'help')}
        label={t('surveys.editor.help')}
        value={q.help}
        optional
        onChange={(help) => edit((n) => void (help ? (n.help = help) : delete n.help))}
      />
      <Checkbox
        label={t('surveys.editor.required')}
        checked={q.required}
        onChange={(e) => edit((n) => void (n.required = e.target.checked))}
      />
      {(q.type === 'single' || q.type === 'multiple') && (
        <OptionsEditor
          where={at(where, 'options')}
          options={q.options}
          onChange={(options) => edit((n) => void ('options' in n && (n.options = options)))}
        />
      )}
      {(q.type === 'scale' || q.type === 'matrix') && (
        <OptionsEditor
          where={at(where, 'scale', 'options')}
          options={q.scale.options}
          scale={q.scale}
          onScale={setScale}
          onChange={(options) => setScale({ ...q.scale, options })}
        />
      )}
      {q.type === 'matrix' && (
        <Statements
          where={at(where, 'statements')}
          question={q}
          onChange={(statements) => edit((n) => void (n.type === 'matrix' && (n.statements = statements)))}
        />
      )}
      {q.type === 'multiple' && (
        <NumberInput
          where={at(where, 'maxChoices')}
          label={t('surveys.editor.maxChoices')}
          value={q.maxChoices}
          onChange={(v) =>
            edit((n) => void (n.type === 'multiple' && (v === undefined ? delete n.maxChoices : (n.maxChoices = v))))
          }
        />
      )}
      {q.type === 'number' && (
        <>
          <div className="row">
            <NumberInput
              where={at(where, 'min')}
              label={t('surveys.editor.min')}
              value={q.min}
              onChange={(v) =>
                edit((n) => void (n.type === 'number' && (v === undefined ? delete n.min : (n.min = v))))
              }
            />
            <NumberInput
              where={at(where, 'max')}
              label={t('surveys.editor.max')}
              value={q.max}
              onChange={(v) =>
                edit((n) => void (n.type === 'number' && (v === undefined ? delete n.max : (n.max = v))))
              }
            />
          </div>
          <Checkbox
            label={t('surveys.editor.integer')}
            checked={q.integer}
            onChange={(e) => edit((n) => void (n.type === 'number' && (n.integer = e.target.checked)))}
          />
          <LocalizedInput
            where={at(where, 'unit')}
            label={t('surveys.editor.unit')}
            value={q.unit}
            optional
            onChange={(unit) => edit((n) => void (n.type === 'number' && (unit ? (n.unit = unit) : delete n.unit)))}
          />
        </>
      )}
      {q.type === 'text' && (
        <Checkbox
          label={t('surveys.editor.multiline')}
          checked={q.multiline}
          onChange={(e) => edit((n) => void (n.type === 'text' && (n.multiline = e.target.checked)))}
        />
      )}
      {actions}
    </Card>
  );
}

function NumberInput({
  where,
  label,
  value,
  onChange,
}: {
  where: At;
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  return (
    <Textfield
      id={fieldId(where.form, where.path)}
      label={label}
      inputMode="decimal"
      size={8}
      defaultValue={fromNumber(value)}
      onChange={(e) => {
        const n = toNumber(e.target.value);
        onChange(n === null || Number.isNaN(n) ? undefined : n);
      }}
    />
  );
}

/** A matrix's statements: each answered under its own id on the matrix's scale. */
function Statements({
  where,
  question,
  onChange,
}: {
  where: At;
  question: Extract<SurveyQuestion, { type: 'matrix' }>;
  onChange: (statements: { id: string; text: { sv: string; en?: string } }[]) => void;
}) {
  const { t } = useTranslation();
  const list = question.statements;
  const edit = (fn: (l: typeof list) => void) => {
    const next = structuredClone(list);
    fn(next);
    onChange(next);
  };
  return (
    <Fieldset id={fieldId(where.form, where.path)} tabIndex={-1}>
      <Fieldset.Legend>{t('surveys.editor.statements')}</Fieldset.Legend>
      <ol className="editor-list">
        {list.map((s, i) => (
          <li key={i} className="editor-item">
            <IdInput
              where={at(where, i, 'id')}
              label={t('surveys.editor.statementId')}
              value={s.id}
              onChange={(id) => edit((l) => void (l[i]!.id = id))}
            />
            <LocalizedInput
              where={at(where, i, 'text')}
              label={t('surveys.editor.statementText')}
              value={s.text}
              onChange={(text) => edit((l) => void (l[i]!.text = text ?? { sv: '' }))}
            />
            <ItemActions
              name={textIn(s.text, 'sv') || s.id}
              index={i}
              count={list.length}
              onMove={(to) => edit((l) => move(l, i, to))}
              onRemove={() => edit((l) => void l.splice(i, 1))}
            />
          </li>
        ))}
      </ol>
      <div>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() =>
            edit((l) =>
              l.push({
                id: freeId(`${question.id}.`, new Set(l.map((s) => s.id))),
                text: { sv: t('surveys.editor.newStatement') },
              }),
            )
          }
        >
          {t('surveys.editor.addStatement')}
        </Button>
      </div>
    </Fieldset>
  );
}
