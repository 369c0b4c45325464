import { Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatOutcomeValue } from '@insikt/core';
import { get } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { GoalFulfilment } from '../../lib/types';

type GoalResult = GoalFulfilment['goals'][number];

/** Target against actual per year for every goal tied to a report indicator: the trend. */
export function GoalsPanel({ associationId, interventionId }: { associationId: string; interventionId: string }) {
  const { t } = useTranslation();
  const { data, error, isLoading } = useQuery({
    queryKey: ['goals', interventionId],
    queryFn: () => get<GoalFulfilment>(`/associations/${associationId}/interventions/${interventionId}/goals`),
  });
  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  const goals = (data?.goals ?? []).filter((g) => g.indicatorId);
  if (goals.length === 0)
    return <Paragraph style={{ paddingTop: 'var(--ds-size-4)' }}>{t('interventions.noGoals')}</Paragraph>;
  const targetText = (g: GoalResult) => {
    const f = (v: number | null | undefined) => formatOutcomeValue(g.indicatorId!, v ?? null);
    return g.comparison === 'between'
      ? `${f(g.target)}–${f(g.targetMax)}`
      : `${t(`interventions.comparisons.${g.comparison}`)} ${f(g.target)}`;
  };
  return (
    <div className="table-wrap" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <Table zebra data-size="sm">
        <caption className="muted">{t('interventions.fulfilmentCaption')}</caption>
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
              <Table.HeaderCell scope="row">{g.description}</Table.HeaderCell>
              <Table.Cell className="nowrap">{targetText(g)}</Table.Cell>
              {g.results.map((r) => (
                <Table.Cell key={r.year} className="nowrap">
                  {formatOutcomeValue(g.indicatorId!, r.actual)}{' '}
                  {r.met !== null && (
                    <Tag data-color={r.met ? 'success' : 'warning'}>
                      {r.met ? t('interventions.met') : t('interventions.notMet')}
                    </Tag>
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
