import { useState } from 'react';
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  answerIds,
  QUESTION_TYPES,
  questionsOf,
  updateTemplateInput,
  type Questionnaire,
  type QuestionType,
  type SurveySection,
} from '@insikt/core';
import { put } from '../../lib/api';
import { errorOf, SelectField } from '../../lib/fields';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { SurveyTemplate } from '../../lib/types';
import { at, freeId, ItemActions, LocalizedInput, move, newQuestion, type At } from './editor-inputs';
import { QuestionEditor } from './question-editor';
import { surveyPaths } from './survey-paths';

const FORM = 'template';

/**
 * The template editor: name and source, and the questionnaire section by section with every
 * question type. Checked with core's schema before saving (the same rules and messages as the server).
 */
export function TemplateEditor({ associationId, template }: { associationId: string; template: SurveyTemplate }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const [source, setSource] = useState(template.source);
  const [questionnaire, setQuestionnaire] = useState<Questionnaire>(template.questionnaire);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  // The version the next save is based on (a stale one gets 409 from the server).
  const [version, setVersion] = useState(template.version);
  const [busy, setBusy] = useState(false);
  const root: At = { form: FORM, path: 'questionnaire', errors };
  const edit = (fn: (q: Questionnaire) => void) => {
    setSaved(false);
    setQuestionnaire((current) => {
      const next = structuredClone(current);
      fn(next);
      return next;
    });
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setSaved(false);
    const body = { name, description, source, questionnaire, version };
    const parsed = updateTemplateInput.safeParse(body);
    if (!parsed.success)
      return setErrors(
        parsed.error.issues.map((i) => ({
          field: i.path.map(String).join('.'),
          message: `${whereIn(questionnaire, i.path, t)}${i.message}`,
        })),
      );
    setBusy(true);
    try {
      const updated = await put<SurveyTemplate>(surveyPaths(associationId).templateApi(template.id), parsed.data);
      setVersion(updated.version);
      client.setQueryData(['survey-templates', associationId, template.id], updated);
      await client.invalidateQueries({ queryKey: ['survey-templates', associationId], exact: true });
      setSaved(true);
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void save(e)} noValidate>
      <FormErrors form={FORM} errors={errors} />
      <div className="form">
        <Textfield
          id={fieldId(FORM, 'name')}
          label={t('surveys.name')}
          value={name}
          error={errorOf(errors, 'name')}
          onChange={(e) => setName(e.target.value)}
        />
        <Textfield
          id={fieldId(FORM, 'description')}
          label={t('surveys.description')}
          multiline
          rows={2}
          value={description}
          error={errorOf(errors, 'description')}
          onChange={(e) => setDescription(e.target.value)}
        />
        <Textfield
          id={fieldId(FORM, 'source')}
          label={t('surveys.source')}
          description={t('surveys.sourceHint')}
          value={source}
          error={errorOf(errors, 'source')}
          onChange={(e) => setSource(e.target.value)}
        />
        <LocalizedInput
          where={at(root, 'title')}
          label={t('surveys.editor.title')}
          value={questionnaire.title}
          onChange={(title) => edit((q) => void (q.title = title ?? { sv: '' }))}
        />
        <LocalizedInput
          where={at(root, 'intro')}
          label={t('surveys.editor.intro')}
          value={questionnaire.intro}
          optional
          multiline
          onChange={(intro) => edit((q) => void (intro ? (q.intro = intro) : delete q.intro))}
        />
        <LocalizedInput
          where={at(root, 'thanks')}
          label={t('surveys.editor.thanks')}
          value={questionnaire.thanks}
          optional
          multiline
          onChange={(thanks) => edit((q) => void (thanks ? (q.thanks = thanks) : delete q.thanks))}
        />
      </div>
      {questionnaire.sections.map((section, s) => (
        <SectionEditor
          key={s}
          where={at(root, 'sections', s)}
          section={section}
          index={s}
          questionnaire={questionnaire}
          edit={edit}
        />
      ))}
      <div>
        <Button
          variant="secondary"
          onClick={() =>
            edit((q) => q.sections.push({ id: freeId('s', new Set(q.sections.map((x) => x.id))), questions: [] }))
          }
        >
          {t('surveys.editor.addSection')}
        </Button>
      </div>
      {saved && <StatusMessage kind="success">{t('common.saved')}</StatusMessage>}
      <div>
        <Button type="submit" loading={busy}>
          {t('surveys.editor.save')}
        </Button>
      </div>
    </form>
  );
}

/**
 * "Fråga 3, alternativ 2: " before a message about a question's part, numbered as the editor's
 * headings are, so the error summary says where the problem is and not only what it is.
 */
function whereIn(q: Questionnaire, path: PropertyKey[], t: (key: string, o?: Record<string, unknown>) => string) {
  const [root, sections, s, questions, i, part, n] = path;
  if (root !== 'questionnaire' || sections !== 'sections' || typeof s !== 'number') return '';
  if (questions !== 'questions' || typeof i !== 'number') return `${t('surveys.editor.section', { number: s + 1 })}: `;
  const number = q.sections.slice(0, s).reduce((sum, x) => sum + x.questions.length, 0) + i + 1;
  const question = t('surveys.editor.question', { number });
  if (typeof n === 'number' && part === 'statements')
    return `${question}, ${t('surveys.editor.statementNumber', { number: n + 1 })}: `;
  const option = part === 'options' ? n : part === 'scale' && n === 'options' ? path[7] : undefined;
  if (typeof option === 'number') return `${question}, ${t('surveys.editor.optionNumber', { number: option + 1 })}: `;
  return `${question}: `;
}

function SectionEditor({
  where,
  section,
  index,
  questionnaire,
  edit,
}: {
  where: At;
  section: SurveySection;
  index: number;
  questionnaire: Questionnaire;
  edit: (fn: (q: Questionnaire) => void) => void;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<QuestionType>('scale');
  const sectionOf = (q: Questionnaire) => q.sections[index]!;
  const before = questionnaire.sections.slice(0, index).reduce((n, s) => n + s.questions.length, 0);
  const add = () =>
    edit((q) => {
      const used = new Set([...answerIds(q), ...questionsOf(q).map((x) => x.id)]);
      sectionOf(q).questions.push(
        newQuestion(type, freeId('q', used), {
          option: t('surveys.editor.newOption'),
          statement: t('surveys.editor.newStatement'),
        }),
      );
    });
  const heading = t('surveys.editor.section', { number: index + 1 });
  return (
    <section className="stack editor-section" aria-labelledby={`${FORM}-section-${index}`}>
      <Heading level={3} data-size="sm" id={`${FORM}-section-${index}`}>
        {heading}
      </Heading>
      <LocalizedInput
        where={at(where, 'title')}
        label={t('surveys.editor.sectionTitle')}
        value={section.title}
        optional
        onChange={(title) => edit((q) => void (title ? (sectionOf(q).title = title) : delete sectionOf(q).title))}
      />
      {section.questions.map((question, i) => (
        <QuestionEditor
          key={i}
          where={at(where, 'questions', i)}
          question={question}
          number={before + i + 1}
          onChange={(next) => edit((q) => void (sectionOf(q).questions[i] = next))}
          actions={
            <ItemActions
              name={t('surveys.editor.question', { number: before + i + 1 })}
              index={i}
              count={section.questions.length}
              onMove={(to) => edit((q) => move(sectionOf(q).questions, i, to))}
              onRemove={() => edit((q) => void sectionOf(q).questions.splice(i, 1))}
            />
          }
        />
      ))}
      <div className="row">
        <SelectField
          form={FORM}
          name={`new-type-${index}`}
          errors={[]}
          label={t('surveys.editor.newQuestionType')}
          value={type}
          onChange={(v) => setType(v as QuestionType)}
          options={QUESTION_TYPES.map((q) => ({ value: q, label: t(`surveys.types.${q}`) }))}
        />
        <Button variant="secondary" onClick={add}>
          {t('surveys.editor.addQuestion')}
          <span className="visually-hidden"> {heading}</span>
        </Button>
        {questionnaire.sections.length > 1 && (
          <ItemActions
            name={heading}
            index={index}
            count={questionnaire.sections.length}
            onMove={(to) => edit((q) => move(q.sections, index, to))}
            onRemove={() => edit((q) => void q.sections.splice(index, 1))}
          />
        )}
      </div>
    </section>
  );
}
