import { Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { formatKronor } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { Association, Intervention } from '../../lib/types';
import { OutcomeTable } from '../reports/outcome-table';
import { ProtectionNote } from '../reports/protection-note';
import type { OutcomeReport } from '../reports/report-types';
import { GoalsPanel } from './goals-panel';

/** The latest whole calendar year the insats ran (protected reports take whole years, decision 0015). */
function latestYear(intervention: Intervention): number {
  const lastYear = new Date().getFullYear() - 1;
  const end = intervention.endDate ? Number(intervention.endDate.slice(0, 4)) : lastYear;
  return Math.max(Number(intervention.startDate.slice(0, 4)), Math.min(lastYear, end));
}

/**
 * The insats for those who read rather than edit it (board, evaluator, coach): what it is for, its
 * money and goals in words and kronor, and its latest figures from the protected outcome report.
 */
export function InterventionSummary({
  intervention,
  association,
}: {
  intervention: Intervention;
  association: Association;
}) {
  const { t } = useTranslation();
  const memberName = (id: string | null) => association.members.find((m) => m.id === id)?.name;
  const partners = intervention.partnerMemberIds.map(memberName).filter(Boolean).join(', ');
  const year = latestYear(intervention);
  const individual = intervention.kind === 'individual';
  const facts: [string, string][] = [
    [t('interventions.purpose'), intervention.description || '–'],
    [t('interventions.targetGroup'), intervention.targetGroup || '–'],
    [
      t('interventions.period'),
      `${intervention.startDate} – ${intervention.endDate ?? t('interventions.untilFurther')}`,
    ],
    [t('interventions.status'), t(`codes.status.${intervention.status}`)],
    [t('interventions.kind'), t(`codes.kind.${intervention.kind}`)],
    [t('interventions.owner'), memberName(intervention.ownerMemberId) ?? t('interventions.none')],
    ...(partners ? [[t('interventions.partners'), partners] as [string, string]] : []),
    ...(intervention.staffing.length
      ? [
          [
            t('interventions.staffing'),
            intervention.staffing.map((s) => `${s.title || t(`codes.staffRole.${s.role}`)} ${s.percent} %`).join(', '),
          ] as [string, string],
        ]
      : []),
  ];
  const report = {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    groupBy: 'intervention',
    interventionId: intervention.id,
  };

  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <dl className="summary-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>
              <strong>{term}</strong>
            </dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section className="stack" aria-labelledby="summary-budget">
        <Heading level={2} data-size="sm" id="summary-budget">
          {t('interventions.budgetHeading')}
        </Heading>
        {intervention.budgets.length === 0 ? (
          <Paragraph>{t('interventions.noBudget')}</Paragraph>
        ) : (
          <div className="table-wrap">
            <Table zebra data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('interventions.year')}</Table.HeaderCell>
                  <Table.HeaderCell style={{ textAlign: 'right' }}>{t('interventions.budget')}</Table.HeaderCell>
                  <Table.HeaderCell style={{ textAlign: 'right' }}>{t('interventions.actualCost')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {[...intervention.budgets]
                  .sort((a, b) => a.year - b.year)
                  .map((b) => (
                    <Table.Row key={b.year}>
                      <Table.HeaderCell scope="row">{b.year}</Table.HeaderCell>
                      <Table.Cell className="nowrap" style={{ textAlign: 'right' }}>
                        {formatKronor(b.budget)}
                      </Table.Cell>
                      <Table.Cell className="nowrap" style={{ textAlign: 'right' }}>
                        {formatKronor(b.actualCost)}
                        {b.fromAccounts && <div className="muted">{t('interventions.actualCostFromAccounts')}</div>}
                      </Table.Cell>
                    </Table.Row>
                  ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>

      <section className="stack" aria-labelledby="summary-goals">
        <Heading level={2} data-size="sm" id="summary-goals">
          {t('interventions.goals')}
        </Heading>
        <GoalsPanel associationId={association.id} interventionId={intervention.id} />
      </section>

      {individual && (
        <section className="stack" aria-labelledby="summary-figures">
          <Heading level={2} data-size="sm" id="summary-figures">
            {t('interventions.latestFigures', { year })}
          </Heading>
          <LatestFigures params={report} />
          <Paragraph>
            <Link asChild>
              <RouterLink to={'/rapporter' as never}>{t('interventions.toReports')}</RouterLink>
            </Link>{' '}
            · <Link href={`/api/v1/reports/outcome${query({ ...report, format: 'pdf' })}`}>{t('report.pdf')}</Link> ·{' '}
            <Link href={`/api/v1/reports/outcome${query({ ...report, format: 'xlsx' })}`}>{t('report.xlsxOne')}</Link>
          </Paragraph>
        </section>
      )}
    </div>
  );
}

/** This insats's column of the per-insats outcome report, protected by the server as for the role. */
function LatestFigures({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const { data, error, isLoading } = useQuery({
    queryKey: ['report', params],
    queryFn: () => get<OutcomeReport>(`/reports/outcome${query(params)}`),
  });
  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  if (!data || data.groups.length === 0) return <Paragraph>{t('interventions.noExits')}</Paragraph>;
  return (
    <>
      {data.suppressed && <ProtectionNote />}
      <OutcomeTable groups={data.groups} />
    </>
  );
}
