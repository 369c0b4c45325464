import { Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { formatDate } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { DeviationReportForm, DeviationSummary } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { deadlineMissing } from './case-page';
import { deviationPaths } from './deviation-paths';
import { SettingsPanel } from './settings-panel';

/** The förbund's deviations: where to report, the cases (for those who handle or follow them), the settings. */
export function DeviationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('deviations.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const paths = deviationPaths(associationId);
  const can = useCan();
  const reads = can('deviation.read', associationId);
  const list = useQuery({
    queryKey: ['deviations', associationId],
    queryFn: () => get<DeviationSummary[]>(paths.api),
    enabled: reads,
  });
  const names = useQuery({
    queryKey: ['deviation-form', associationId],
    queryFn: () => get<DeviationReportForm>(`/associations/${associationId}/deviation-form`),
    enabled: reads,
  });
  const memberName = new Map(names.data?.members.map((m) => [m.id, m.name]));
  const interventionName = new Map(names.data?.interventions.map((i) => [i.id, i.name]));
  const parties = (c: DeviationSummary) =>
    [
      ...c.memberIds.map((id) => memberName.get(id) ?? ''),
      ...(c.ownOrganisation ? [t('deviations.ownOrganisation')] : []),
    ]
      .filter(Boolean)
      .join(', ');
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('deviations.title')}
      </Heading>
      <Paragraph>{t('deviations.intro')}</Paragraph>
      <ul className="plain-list row">
        {can('deviation.report', associationId) && (
          <li>
            <Link asChild>
              <RouterLink to={paths.report as never}>{t('deviations.reportLink')}</RouterLink>
            </Link>
          </li>
        )}
        <li>
          <Link asChild>
            <RouterLink to={paths.published as never}>{t('deviations.publishedTitle')}</RouterLink>
          </Link>
        </li>
        {can('deviation.statistics', associationId) && (
          <li>
            <Link asChild>
              <RouterLink to={paths.statistics as never}>{t('deviations.statisticsTitle')}</RouterLink>
            </Link>
          </li>
        )}
      </ul>
      {reads && (
        <section className="stack" aria-labelledby="deviation-cases">
          <Heading level={2} data-size="md" id="deviation-cases">
            {t('deviations.cases')}
          </Heading>
          {list.isLoading && <Spinner aria-label={t('common.loading')} />}
          {list.error && <StatusMessage kind="danger">{list.error.message}</StatusMessage>}
          {list.data && list.data.length === 0 && <Paragraph>{t('deviations.noCases')}</Paragraph>}
          {list.data && list.data.length > 0 && (
            <div className="table-wrap">
              <Table zebra>
                <caption className="visually-hidden">{t('deviations.cases')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('deviations.number')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('deviations.field.type')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('deviations.field.parties')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('deviations.where')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('deviations.receivedOn')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('deviations.status')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('deviations.deadline')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.data.map((c) => (
                    <Table.Row key={c.id}>
                      <Table.Cell>
                        <Link asChild>
                          <RouterLink to={paths.case(c.id) as never}>
                            {t('deviations.caseNumber', { number: c.number })}
                          </RouterLink>
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{t(`deviations.types.${c.type}`)}</Table.Cell>
                      <Table.Cell>{parties(c)}</Table.Cell>
                      <Table.Cell>
                        {c.interventionId ? (interventionName.get(c.interventionId) ?? '') : c.forum}
                      </Table.Cell>
                      <Table.Cell>{formatDate(c.receivedOn)}</Table.Cell>
                      <Table.Cell>{t(`deviations.statuses.${c.status}`)}</Table.Cell>
                      <Table.Cell>
                        {c.deadline ? formatDate(c.deadline.deadline) : deadlineMissing(c.status, t)}
                        {c.overdue && (
                          <>
                            {' '}
                            <Tag data-color="danger">{t('deviations.overdue')}</Tag>
                          </>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </section>
      )}
      {can('deviation.handle', associationId) && <SettingsPanel associationId={associationId} />}
    </div>
  );
}
