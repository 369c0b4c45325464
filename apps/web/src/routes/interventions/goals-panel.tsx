import { Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SUPPRESSION_THRESHOLD, formatOutcomeValue, goalValueIndicator } from '@insikt/core';
import { get } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { GoalFulfilment } from '../../lib/types';

type GoalResult = GoalFulfilment['goals'][number];
type YearResult = GoalResult['results'][number];

/**
 * Target against actual per year for every goal measured by the outcome report, a survey or deviations:
 * the trend. A survey goal's cell says what the figure covers (the respondent groups and the number of
 * answers, protected: a hidden number is "≤5" and gives no fulfilment); a deviation goal's cell the
 * cases received that year and how many are still open (exact counts, decision 0050).
 */
export function GoalsPanel({ associationId, interventionId }: { associationId: string; interventionId: string }) {
  const { t } = useTranslation();
  const { data, error, isLoading } = useQuery({
    queryKey: ['goals', interventionId],
    queryFn: () => get<GoalFulfilment>(`/associations/${associationId}/interventions/${interventionId}/goals`),
  });
  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  const goals = (data?.goals ?? []).filter((g) => goalValueIndicator(g));
  if (goals.length === 0)
    return <Paragraph style={{ paddingTop: 'var(--ds-size-4)' }}>{t('interventions.noGoals')}</Paragraph>;
  const format = (g: GoalResult, v: number | null | undefined) => formatOutcomeValue(goalValueIndicator(g)!, v ?? null);
  const targetText = (g: GoalResult) =>
    g.comparison === 'between'
      ? `${format(g, g.target)}–${format(g, g.targetMax)}`
      : `${t(`interventions.comparisons.${g.comparison}`)} ${format(g, g.target)}`;
  const covers = (r: YearResult) => {
    const s = r.survey!;
    if (s.distributions.length === 0) return t('interventions.noSurvey');
    const groups = [...new Set(s.distributions.map((d) => t(`surveys.groups.${d.respondentGroup}`)))].join(', ');
    const text =
      s.respondents === null
        ? t('interventions.surveyCoversHidden', { groups, threshold: DEFAULT_SUPPRESSION_THRESHOLD })
        : r.actual === null
          ? t('interventions.surveyShareHidden', { groups, count: s.respondents })
          : t('interventions.surveyCovers', { groups, count: s.respondents });
    return s.distributions.some((d) => d.status !== 'closed') ? `${text} (${t('interventions.surveyOpen')})` : text;
  };
  return (
    <div className="table-wrap" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <Table zebra data-size="sm">
        <caption className="muted">
          {t('interventions.fulfilmentCaption')}
          {goals.some((g) => g.survey) && ` ${t('interventions.surveyCaption')}`}
          {goals.some((g) => g.deviations) && ` ${t('interventions.deviationCaption')}`}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('interventions.goal')}</Table.HeaderCell>
            <Table.HeaderCell>{t('interventions.target')}</Table.HeaderCell>
            {data!.years.map((y) => (
              <Table.HeaderCell key={y}>{y}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {goals.map((g, i) => (
            <Table.Row key={i}>
              <Table.HeaderCell scope="row">
                {g.description}
                {g.surveyLabel && (
                  <span
                    className="muted"
                    style={{ display: 'block' }}
                  >{`${t('interventions.survey')}: ${g.surveyLabel}`}</span>
                )}
                {g.deviationLabel && (
                  <span className="muted" style={{ display: 'block' }}>
                    {g.deviationLabel}
                  </span>
                )}
              </Table.HeaderCell>
              <Table.Cell className="nowrap">{targetText(g)}</Table.Cell>
              {g.results.map((r) => (
                <Table.Cell key={r.year}>
                  <span className="nowrap">
                    {format(g, r.actual)}{' '}
                    {r.met !== null && (
                      <Tag data-color={r.met ? 'success' : 'warning'}>
                        {r.met ? t('interventions.met') : t('interventions.notMet')}
                      </Tag>
                    )}
                  </span>
                  {r.survey && (
                    <span className="muted" style={{ display: 'block' }}>
                      {covers(r)}
                    </span>
                  )}
                  {r.deviations?.open != null && (
                    <span className="muted" style={{ display: 'block' }}>
                      {t('interventions.deviationsCover', { year: r.year, count: r.deviations.open })}
                    </span>
                  )}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
