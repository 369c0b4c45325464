import { Button, Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { StatusMessage } from '../../lib/status-message';
import type { AssociationSummary } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';

export function AssociationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('associations.title'));
  const can = useCan();
  const { data, isLoading, error } = useQuery({
    queryKey: ['associations'],
    queryFn: () => get<AssociationSummary[]>('/associations'),
  });

  return (
    <div className="stack">
      <div className="row">
        <Heading level={1} data-size="lg" style={{ marginRight: 'auto' }}>
          {t('associations.title')}
        </Heading>
        {can('association.create') && (
          <Button asChild>
            <RouterLink to="/forbund/nytt">{t('associations.new')}</RouterLink>
          </Button>
        )}
      </div>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data && data.length === 0 && <Paragraph>{t('associations.empty')}</Paragraph>}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('associations.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('associations.county')}</Table.HeaderCell>
                <Table.HeaderCell>{t('associations.municipalityCount')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to="/forbund/$associationId" params={{ associationId: a.id }}>
                        {a.name}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{a.countyName}</Table.Cell>
                  <Table.Cell>{a.municipalityCount}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
