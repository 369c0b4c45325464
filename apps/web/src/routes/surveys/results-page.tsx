import { Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, type ChoiceResult } from '@insikt/core';
import { get, query } from '../../lib/api';
import { SelectField } from '../../lib/fields';
import { formatPercent } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { Survey, SurveyResultSet, SurveyResultsView } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { useCan } from '../../lib/auth';
import { CompositeForm } from './composite-form';
import { ResultQuestions, usePositiveText } from './results-questions';
import { surveyPaths } from './survey-paths';

interface Selection {
  year: string;
  group: string;
  intervention: string;
  answerQuestion: string;
  answerOption: string;
  split: string;
}
const EMPTY: Selection = { year: '', group: '', intervention: '', answerQuestion: '', answerOption: '', split: '' };

/** The query of the results route for a selection ("question:<id>" splits by another question's options). */
function paramsOf(s: Selection) {
  const [split, splitQuestion] = s.split.split(':');
  return {
    years: s.year,
    groups: s.group,
    interventionIds: s.intervention,
    ...(s.answerQuestion && s.answerOption ? { answerQuestion: s.answerQuestion, answerOptions: s.answerOption } : {}),
    split,
    splitQuestion,
  };
}

/** Questions whose options can filter or split the results (scales, single and multiple choices). */
function optionQuestions(survey: Survey) {
  return survey.questionnaire.sections
    .flatMap((s) => s.questions)
    .flatMap((q) =>
      q.type === 'single' || q.type === 'multiple'
        ? [{ id: q.id, text: textIn(q.text, 'sv'), options: q.options }]
        : q.type === 'scale'
          ? [{ id: q.id, text: textIn(q.text, 'sv'), options: q.scale.options }]
          : [],
    );
}

function Respondents({ results }: { results: SurveyResultSet }) {
  const { t } = useTranslation();
  if (results.status !== 'shown') return <Paragraph>{t('surveyResults.tooFew')}</Paragraph>;
  return (
    <Paragraph>
      {results.invited === null
        ? t('surveyResults.respondents', { count: results.respondents ?? 0 })
        : t('surveyResults.respondentsOfInvited', {
            count: results.respondents ?? 0,
            invited: results.invited,
            rate: formatPercent(results.responseRate),
          })}
    </Paragraph>
  );
}

/** The split side by side: each statement's positive share per column (e.g. year by year). */
function Comparison({
  view,
  columnName,
}: {
  view: SurveyResultsView;
  columnName: (key: string, label: string | null) => string;
}) {
  const { t } = useTranslation();
  const positiveText = usePositiveText();
  const statements = view.total.questions.filter((q): q is ChoiceResult => q.kind === 'choice' && q.positive !== null);
  if (statements.length === 0) return null;
  const cell = (results: SurveyResultSet, id: string) => {
    if (results.status !== 'shown') return t('surveyResults.tooFew');
    const q = results.questions.find((x) => x.id === id);
    return q && q.kind === 'choice' ? positiveText(q, results.threshold) : '–';
  };
  return (
    <section className="stack">
      <Heading level={2} data-size="sm">
        {t('surveyResults.comparison')}
      </Heading>
      <Table data-size="sm" zebra>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('surveyResults.statement')}</Table.HeaderCell>
            <Table.HeaderCell>{t('surveyResults.total')}</Table.HeaderCell>
            {view.columns.map((c) => (
              <Table.HeaderCell key={c.key}>{columnName(c.key, c.label)}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {statements.map((s) => (
            <Table.Row key={s.id}>
              <Table.HeaderCell scope="row">
                {s.type === 'matrix' ? `${s.questionText}: ${s.text}` : s.text}
              </Table.HeaderCell>
              <Table.Cell>{cell(view.total, s.id)}</Table.Cell>
              {view.columns.map((c) => (
                <Table.Cell key={c.key}>{cell(c.results, s.id)}</Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

/** One choice of the selection: a select bound to a field of the selection. */
function Choose({
  name,
  label,
  selection,
  onChange,
  options,
}: {
  name: keyof Selection;
  label: string;
  selection: Selection;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <SelectField
      form="survey-results"
      name={name}
      label={label}
      errors={[]}
      value={selection[name]}
      onChange={onChange}
      options={options}
    />
  );
}

/** A survey's results (issue 14 §4): filters, a split, charts and tables, composites, Excel and PDF. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  const { associationId, surveyId } = useParams({ strict: false }) as { associationId: string; surveyId: string };
  const paths = surveyPaths(associationId);
  const can = useCan();
  const [selection, setSelection] = useState<Selection>(EMPTY);
  const set = (patch: Partial<Selection>) => setSelection((s) => ({ ...s, ...patch }));
  const survey = useQuery({
    queryKey: ['surveys', associationId, surveyId],
    queryFn: () => get<Survey>(paths.survey(surveyId)),
  });
  const resultsPath = `${paths.survey(surveyId)}/results`;
  const params = paramsOf(selection);
  const results = useQuery({
    queryKey: ['surveys', associationId, surveyId, 'results', params],
    queryFn: () => get<SurveyResultsView>(`${resultsPath}${query(params)}`),
  });
  usePageTitle(t('surveyResults.title', { name: survey.data?.name ?? '' }));
  if (survey.error) return <StatusMessage kind="danger">{survey.error.message}</StatusMessage>;
  const view = results.data;
  const questions = survey.data ? optionQuestions(survey.data) : [];
  const chosenQuestion = questions.find((q) => q.id === selection.answerQuestion);
  const years = [...new Set(view?.distributions.map((d) => d.year) ?? [])].sort();
  const groups = [...new Set(view?.distributions.map((d) => d.respondentGroup) ?? [])];
  const insatsName = (id: string) => view?.interventions.find((i) => i.id === id)?.name ?? '–';
  const columnName = (key: string, label: string | null) => {
    if (label !== null) return label;
    switch (view?.split?.by) {
      case 'group':
        return t(`surveys.groups.${key as 'participants'}`);
      case 'mode':
        return t(`surveyResults.modes.${key as 'web'}`);
      case 'intervention':
        return key === '' ? t('surveyResults.wholeAssociation') : insatsName(key);
      default:
        return key;
    }
  };
  const all = { label: t('surveyResults.all'), value: '' };
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.page(surveyId) as never}>{t('surveyResults.back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('surveyResults.title', { name: survey.data?.name ?? '' })}
      </Heading>
      <Paragraph>{t('surveyResults.intro')}</Paragraph>
      <fieldset className="stack">
        <legend>{t('surveyResults.filters')}</legend>
        <div className="row">
          <Choose
            selection={selection}
            name="year"
            label={t('surveyResults.year')}
            onChange={(year) => set({ year })}
            options={[all, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
          />
          <Choose
            selection={selection}
            name="group"
            label={t('surveyResults.group')}
            onChange={(group) => set({ group })}
            options={[all, ...groups.map((g) => ({ value: g, label: t(`surveys.groups.${g}`) }))]}
          />
          <Choose
            selection={selection}
            name="intervention"
            label={t('surveyResults.intervention')}
            onChange={(intervention) => set({ intervention })}
            options={[
              all,
              ...(view?.interventions ?? []).map((i) => ({ value: i.id, label: i.name })),
              { value: 'none', label: t('surveyResults.wholeAssociation') },
            ]}
          />
          <Choose
            selection={selection}
            name="answerQuestion"
            label={t('surveyResults.answerQuestion')}
            onChange={(answerQuestion) => set({ answerQuestion, answerOption: '' })}
            options={[all, ...questions.map((q) => ({ value: q.id, label: q.text }))]}
          />
          {chosenQuestion && (
            <Choose
              selection={selection}
              name="answerOption"
              label={t('surveyResults.answerOption')}
              onChange={(answerOption) => set({ answerOption })}
              options={[all, ...chosenQuestion.options.map((o) => ({ value: o.id, label: textIn(o.label, 'sv') }))]}
            />
          )}
          <Choose
            selection={selection}
            name="split"
            label={t('surveyResults.split')}
            onChange={(split) => set({ split })}
            options={[
              { label: t('surveyResults.splits.none'), value: '' },
              { value: 'year', label: t('surveyResults.splits.year') },
              { value: 'group', label: t('surveyResults.splits.group') },
              { value: 'intervention', label: t('surveyResults.splits.intervention') },
              { value: 'mode', label: t('surveyResults.splits.mode') },
              ...questions.map((q) => ({
                value: `question:${q.id}`,
                label: t('surveyResults.splits.question', { question: q.text }),
              })),
            ]}
          />
        </div>
      </fieldset>
      <Paragraph>
        <Link href={`/api/v1${resultsPath}${query({ ...params, format: 'xlsx' })}`}>{t('surveyResults.xlsx')}</Link> ·{' '}
        <Link href={`/api/v1${resultsPath}${query({ ...params, format: 'pdf' })}`}>{t('surveyResults.pdf')}</Link>
      </Paragraph>
      {results.isLoading && <Spinner aria-label={t('common.loading')} />}
      {results.error && <StatusMessage kind="danger">{results.error.message}</StatusMessage>}
      {view && (
        <div className="stack" aria-live="polite">
          <Respondents results={view.total} />
          {view.split && <Comparison view={view} columnName={columnName} />}
          <ResultQuestions results={view.total} />
          <Paragraph data-size="sm">{t('surveyResults.protection', { threshold: view.total.threshold })}</Paragraph>
        </div>
      )}
      {survey.data && can('survey.write', associationId) && (
        <CompositeForm associationId={associationId} survey={survey.data} />
      )}
    </div>
  );
}
