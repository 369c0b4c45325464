import { Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams, useSearch } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import type { DueFollowUps } from '../../lib/types';
import { StatusMessage } from '../../lib/status-message';
import { usePageTitle } from '../../lib/use-page-title';

/** The follow-ups due now in the insatser the user follows, by due date (decision 0022). */
export function FollowUpsPage() {
  const { t } = useTranslation();
  usePageTitle(t('followUps.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const search = useSearch({ strict: false }) as { sparad?: string };
  const { data, isLoading, error } = useQuery({
    queryKey: ['follow-ups', associationId],
    queryFn: () => get<DueFollowUps>(`/associations/${associationId}/follow-ups`),
  });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('followUps.title')}
      </Heading>
      <Paragraph>{t('followUps.intro')}</Paragraph>
      {search.sparad && <StatusMessage kind="success">{t('followUps.saved')}</StatusMessage>}
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data?.rows.length === 0 && <Paragraph>{t('followUps.empty')}</Paragraph>}
      {data && data.rows.length > 0 && (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('followUps.participant')}</Table.HeaderCell>
                <Table.HeaderCell>{t('followUps.intervention')}</Table.HeaderCell>
                <Table.HeaderCell>{t('followUps.exitDate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('followUps.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('followUps.target')}</Table.HeaderCell>
                <Table.HeaderCell>{t('followUps.window')}</Table.HeaderCell>
                <Table.HeaderCell>{t('followUps.status')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t('followUps.record')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.rows.map((r) => (
                <Table.Row key={`${r.id}-${r.kind}`}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/forbund/${associationId}/deltagare/${r.id}` as never}>
                        {r.personReference ?? t('participants.anonymous')}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{r.interventionName}</Table.Cell>
                  <Table.Cell className="nowrap">{r.exitDate}</Table.Cell>
                  <Table.Cell>{t(`followUps.kinds.${r.kind}`)}</Table.Cell>
                  <Table.Cell className="nowrap">{r.target}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {r.opens} – {r.closes}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={r.timing === 'overdue' ? 'warning' : 'info'}>
                      {t(`followUps.timing.${r.timing}`)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    <Button asChild variant="secondary" data-size="sm">
                      <RouterLink to={`/forbund/${associationId}/uppfoljningar/${r.id}/${r.kind}` as never}>
                        {t('followUps.record')}
                        <span className="visually-hidden">
                          {' '}
                          {r.personReference ?? t('participants.anonymous')}, {t(`followUps.kinds.${r.kind}`)}
                        </span>
                      </RouterLink>
                    </Button>
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
