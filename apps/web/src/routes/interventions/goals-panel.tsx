import { Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SUPPRESSION_THRESHOLD, formatIndicatorValue, goalSource, goalValueIndicator } from '@insikt/core';
import { get } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { GoalFulfilment } from '../../lib/types';
import { ManualValueForm } from './manual-value-form';

type GoalResult = GoalFulfilment['goals'][number];
type YearResult = GoalResult['results'][number];

/**
 * Target against actual per year for every goal: the trend. A survey goal's cell says what the figure
 * covers (the respondent groups and the number of answers, protected: a hidden number is "≤5" and gives
 * no fulfilment); a deviation goal's cell the cases received that year and how many are still open (exact
 * counts, decision 0050); a goal followed up by hand its value's source (decision 0062), and for the
 * insats's editors (`editable`) a form to register its values.
 */
export function GoalsPanel({
  associationId,
  interventionId,
  editable = false,
}: {
  associationId: string;
  interventionId: string;
  editable?: boolean;
}) {
  const { t } = useTranslation();
  const { data, error, isLoading } = useQuery({
    queryKey: ['goals', interventionId],
    queryFn: () => get<GoalFulfilment>(`/associations/${associationId}/interventions/${interventionId}/goals`),
  });
  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  const goals = data?.goals ?? [];
  if (goals.length === 0)
    return <Paragraph style={{ paddingTop: 'var(--ds-size-4)' }}>{t('interventions.noGoals')}</Paragraph>;
  const format = (g: GoalResult, v: number | null | undefined) =>
    formatIndicatorValue(goalValueIndicator(g), v ?? null);
  const targetText = (g: GoalResult) =>
    g.target == null
      ? t('interventions.noTarget')
      : g.comparison === 'between'
        ? `${format(g, g.target)}–${format(g, g.targetMax)}`
        : `${t(`interventions.comparisons.${g.comparison}`)} ${format(g, g.target)}`;
  const sources = new Set(goals.map(goalSource));
  const manualGoals = goals.filter((g) => goalSource(g) === 'manual');
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
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <div className="table-wrap">
        <Table zebra data-size="sm">
          <caption className="muted">
            {[
              sources.has('outcome') && t('interventions.fulfilmentCaption'),
              sources.has('survey') && t('interventions.surveyCaption'),
              sources.has('deviations') && t('interventions.deviationCaption'),
              sources.has('manual') && t('interventions.manualCaption'),
              goals.some((g) => g.target == null) && t('interventions.noTargetNote'),
            ]
              .filter(Boolean)
              .join(' ')}
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
            {goals.map((g) => (
              <Table.Row key={g.id}>
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
                    {r.manual && (
                      <span className="muted" style={{ display: 'block' }}>
                        {t('interventions.sourceOf', { source: r.manual.source })}
                        {r.manual.comment && ` – ${r.manual.comment}`}
                      </span>
                    )}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {editable &&
        data!.years.length > 0 &&
        manualGoals.map((g) => (
          <ManualValueForm
            key={g.id}
            associationId={associationId}
            interventionId={interventionId}
            goal={g}
            number={goals.indexOf(g) + 1}
            years={data!.years}
          />
        ))}
    </div>
  );
}
