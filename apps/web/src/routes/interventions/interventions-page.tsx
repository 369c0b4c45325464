import { Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { StatusMessage } from '../../lib/status-message';
import type { InterventionListItem } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';

export function InterventionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('interventions.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const can = useCan();
  const { data, isLoading, error } = useQuery({
    queryKey: ['interventions', associationId],
    queryFn: () => get<InterventionListItem[]>(`/associations/${associationId}/interventions`),
  });
  return (
    <div className="stack">
      <div className="row">
        <Heading level={1} data-size="lg" style={{ marginRight: 'auto' }}>
          {t('interventions.title')}
        </Heading>
        {can('intervention.create', associationId) && (
          <Button asChild>
            <RouterLink to={`/forbund/${associationId}/insatser/ny` as never}>{t('interventions.new')}</RouterLink>
          </Button>
        )}
      </div>
      {/* The yearly national figures are per insats: the förbund's list of insatser leads to them. */}
      {can('national_figures.read', associationId) && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/forbund/${associationId}/nationell-uppfoljning` as never}>
              {t('nationalFigures.link')}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data?.length === 0 && <Paragraph>{t('interventions.empty')}</Paragraph>}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('interventions.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('interventions.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('interventions.period')}</Table.HeaderCell>
                <Table.HeaderCell>{t('interventions.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.map((i) => (
                <Table.Row key={i.id}>
                  <Table.Cell>
                    {/* The national reader gets the catalogue only: no insats page to open. */}
                    {can('intervention.read', associationId) ? (
                      <Link asChild>
                        <RouterLink to={`/forbund/${associationId}/insatser/${i.id}` as never}>{i.name}</RouterLink>
                      </Link>
                    ) : (
                      i.name
                    )}
                  </Table.Cell>
                  <Table.Cell>{t(`codes.kind.${i.kind}`)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {i.startDate} – {i.endDate ?? ''}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={i.status === 'active' ? 'success' : 'neutral'}>
                      {t(`codes.status.${i.status}`)}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
