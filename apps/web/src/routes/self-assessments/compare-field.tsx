import { useMemo } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { gridPosition, ratingChartOption } from '@insikt/core';
import { Chart } from '../../lib/chart';
import type { SelfAssessmentYear } from '../../lib/types';
import { TextDiff } from './text-diff';

type Question = SelfAssessmentYear['fields'][number]['questions'][number];

/** One field over the chosen years: ratings as a chart and a table, each question's text diff, the actions. */
export function CompareField({ number, years }: { number: number; years: SelfAssessmentYear[] }) {
  const { t } = useTranslation();
  const latest = years[years.length - 1]!.fields.find((f) => f.number === number);
  const questionIn = (y: SelfAssessmentYear, key: string): Question | undefined =>
    y.fields.find((f) => f.number === number)?.questions.find((q) => q.key === key);
  const questions = latest?.questions ?? [];
  const position = gridPosition(number);
  const title = t('selfAssessments.fieldTitle', {
    number,
    row: t(`selfAssessments.rows.${position.row}`),
    column: t(`selfAssessments.columns.${position.column}`),
  });
  const option = useMemo(
    () =>
      ratingChartOption(
        years.map((y) => y.year),
        questions.map((q) => ({ label: q.text, ratings: years.map((y) => questionIn(y, q.key)?.rating ?? null) })),
        { description: t('selfAssessments.chartDescription', { title }) },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the years and field decide the chart
    [years, number, t],
  );
  const actions = years.flatMap((y) =>
    (y.fields.find((f) => f.number === number)?.questions ?? []).flatMap((q) =>
      q.actions.map((a) => ({ year: y.year, ...a })),
    ),
  );
  return (
    <section className="stack" aria-labelledby={`compare-${number}`}>
      <Heading level={2} data-size="sm" id={`compare-${number}`}>
        {title}
      </Heading>
      <Chart option={option} caption={t('selfAssessments.chartCaption', { title })} height={220} />
      <div className="table-wrap">
        <Table data-size="sm" border>
          <caption>{t('selfAssessments.ratingsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('selfAssessments.question')}</Table.HeaderCell>
              {years.map((y) => (
                <Table.HeaderCell key={y.year}>{y.year}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {questions.map((q) => (
              <Table.Row key={q.key}>
                <Table.HeaderCell scope="row">{q.text}</Table.HeaderCell>
                {years.map((y) => {
                  const rating = questionIn(y, q.key)?.rating;
                  return (
                    <Table.Cell key={y.year}>{rating == null ? t('selfAssessments.notRatedShort') : rating}</Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {questions.map((q) => (
        <div key={q.key} className="stack">
          <Heading level={3} data-size="xs">
            {q.text}
          </Heading>
          {years.slice(1).map((y, i) => (
            <div key={y.year}>
              <Paragraph data-size="sm" className="muted">
                {t('selfAssessments.changedFromTo', { from: years[i]!.year, to: y.year })}
              </Paragraph>
              <TextDiff
                before={questionIn(years[i]!, q.key)?.assessment ?? ''}
                after={questionIn(y, q.key)?.assessment ?? ''}
              />
            </div>
          ))}
        </div>
      ))}
      {actions.length > 0 && (
        <div className="table-wrap">
          <Table data-size="sm" zebra>
            <caption>{t('selfAssessments.actions')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('selfAssessments.year')}</Table.HeaderCell>
                <Table.HeaderCell>{t('selfAssessments.actionWhat')}</Table.HeaderCell>
                <Table.HeaderCell>{t('selfAssessments.actionWho')}</Table.HeaderCell>
                <Table.HeaderCell>{t('selfAssessments.actionDue')}</Table.HeaderCell>
                <Table.HeaderCell>{t('selfAssessments.actionStatus')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {actions.map((a) => (
                <Table.Row key={`${a.year}-${a.id}`}>
                  <Table.Cell>{a.year}</Table.Cell>
                  <Table.Cell>
                    {a.what}
                    {a.carriedFrom && (
                      <span className="muted"> ({t('selfAssessments.carriedFrom', { year: a.carriedFrom.year })})</span>
                    )}
                  </Table.Cell>
                  <Table.Cell>{a.who || '–'}</Table.Cell>
                  <Table.Cell className="nowrap">{a.due ?? '–'}</Table.Cell>
                  <Table.Cell>{t(`selfAssessments.actionStatuses.${a.status}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
