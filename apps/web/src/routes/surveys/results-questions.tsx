import { Heading, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatCountOfN,
  formatMean,
  formatPercent,
  groupChoiceResults,
  hiddenCountText,
  stackedBarsOption,
  stackedChartHeight,
  type ChoiceResult,
  type QuestionResult,
  type SurveyLanguage,
} from '@insikt/core';
import { Chart } from '../../lib/chart';
import type { SurveyResultSet } from '../../lib/types';

const useLanguage = (): SurveyLanguage => {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
};

/** "47 av 57 (82 %)" with the share without "vet ej" beside it where the question has such options. */
export function usePositiveText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (q: ChoiceResult, threshold: number) => {
    if (q.status !== 'shown') return t('surveyResults.tooFew');
    if (!q.positive) return '–';
    return formatCountOfN(q.positive.count, q.n, threshold, language);
  };
}

function ChoiceBlock({ items, threshold }: { items: ChoiceResult[]; threshold: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const positiveText = usePositiveText();
  const first = items[0]!;
  const shown = items.filter((q) => q.status === 'shown');
  const chart = useMemo(
    () =>
      first.type === 'single' || shown.length === 0
        ? null
        : stackedBarsOption(shown, { description: first.questionText }),
    [first, shown],
  );
  const outside = first.options.some((o) => o.outsideScale);
  return (
    <section className="stack">
      <Heading level={3} data-size="xs">
        {first.questionText}
      </Heading>
      {chart && <Chart option={chart} caption={t('surveyResults.chartCaption')} height={stackedChartHeight(shown)} />}
      <Table data-size="sm" zebra>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>
              {first.type === 'matrix' ? t('surveyResults.statement') : t('surveyResults.option')}
            </Table.HeaderCell>
            {first.options.map((o) => (
              <Table.HeaderCell key={o.id}>{o.label}</Table.HeaderCell>
            ))}
            {first.positive && <Table.HeaderCell>{t('surveyResults.positive')}</Table.HeaderCell>}
            {first.positive && outside && <Table.HeaderCell>{t('surveyResults.withoutOutside')}</Table.HeaderCell>}
            {items.some((q) => q.mean !== null) && <Table.HeaderCell>{t('surveyResults.mean')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((q) => (
            <Table.Row key={q.id}>
              <Table.HeaderCell scope="row">{q.text}</Table.HeaderCell>
              {q.options.map((o) => (
                <Table.Cell key={o.id}>
                  {q.status === 'shown' ? formatCountOfN(o.count, q.n, threshold, language) : t('surveyResults.tooFew')}
                </Table.Cell>
              ))}
              {first.positive && <Table.Cell>{positiveText(q, threshold)}</Table.Cell>}
              {first.positive && outside && (
                <Table.Cell>{q.positive ? formatPercent(q.positive.shareInScale, language) : '–'}</Table.Cell>
              )}
              {items.some((x) => x.mean !== null) && <Table.Cell>{formatMean(q.mean, language)}</Table.Cell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {items.flatMap((q) => q.other).length > 0 && (
        <Paragraph data-size="sm">
          {t('surveyResults.other', { texts: items.flatMap((q) => q.other).join('; ') })}
        </Paragraph>
      )}
    </section>
  );
}

function OtherBlock({ q, threshold }: { q: Exclude<QuestionResult, ChoiceResult>; threshold: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = (
    <Heading level={3} data-size="xs">
      {q.text}
    </Heading>
  );
  if (q.status !== 'shown')
    return (
      <section className="stack">
        {heading}
        <Paragraph>{t('surveyResults.tooFew')}</Paragraph>
      </section>
    );
  const table = (header: string[], rows: string[][]) => (
    <Table data-size="sm" zebra>
      <Table.Head>
        <Table.Row>
          {header.map((h) => (
            <Table.HeaderCell key={h}>{h}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((r, i) => (
          <Table.Row key={i}>
            {r.map((c, j) => (
              <Table.Cell key={j}>{c}</Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
  return (
    <section className="stack">
      {heading}
      {q.kind === 'multiple' &&
        table(
          [t('surveyResults.option'), t('surveyResults.count')],
          q.options.map((o) => [o.label, formatCountOfN(o.count, q.n, threshold, language)]),
        )}
      {q.kind === 'number' &&
        table(
          [t('surveyResults.n'), t('surveyResults.mean'), t('surveyResults.median')],
          [[String(q.n ?? '–'), formatMean(q.mean, language), formatMean(q.median, language)]],
        )}
      {q.kind === 'date' &&
        table(
          [t('surveyResults.month'), t('surveyResults.count')],
          q.months.map((m) => [m.month, m.count === null ? hiddenCountText(threshold) : String(m.count)]),
        )}
      {q.kind === 'text' &&
        (q.answers.length ? (
          <List.Unordered aria-label={t('surveyResults.openAnswers')}>
            {q.answers.map((a, i) => (
              <List.Item key={i}>{a}</List.Item>
            ))}
          </List.Unordered>
        ) : (
          <Paragraph>{t('surveyResults.noOpenAnswers')}</Paragraph>
        ))}
    </section>
  );
}

/** Every question's results, and the composite indicators with their definitions. */
export function ResultQuestions({ results }: { results: SurveyResultSet }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (results.status !== 'shown') return <Paragraph>{t('surveyResults.tooFew')}</Paragraph>;
  return (
    <div className="stack">
      {groupChoiceResults(results.questions).map((g) =>
        Array.isArray(g) ? (
          <ChoiceBlock key={g[0]!.id} items={g} threshold={results.threshold} />
        ) : (
          <OtherBlock key={g.id} q={g} threshold={results.threshold} />
        ),
      )}
      {results.composites.length > 0 && (
        <section className="stack">
          <Heading level={3} data-size="xs">
            {t('surveyResults.composites')}
          </Heading>
          {results.composites.map((k) => (
            <div key={k.id}>
              <Paragraph>
                <strong>{k.name}</strong>:{' '}
                {k.status === 'shown'
                  ? formatCountOfN(k.count, k.n, results.threshold, language)
                  : t('surveyResults.tooFew')}
              </Paragraph>
              <Paragraph data-size="sm">
                {t('surveyResults.compositeDefinition', { definition: k.definition })}
              </Paragraph>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
