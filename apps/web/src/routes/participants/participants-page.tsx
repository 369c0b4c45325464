import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams, useSearch } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { SelectField, TextField } from '../../lib/fields';
import { Pager } from '../../lib/pager';
import { StatusMessage } from '../../lib/status-message';
import type { ParticipationPage } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { useParticipantContext } from './use-participant-context';

const PAGE = 50;

/** Search and list of participations in the insatser the user may see. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const can = useCan();
  usePageTitle(t('participants.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const search = useSearch({ strict: false }) as { insats?: string };
  const { interventions } = useParticipantContext(associationId);
  const [filter, setFilter] = useState({ interventionId: search.insats ?? '', status: '', q: '' });
  const [offset, setOffset] = useState(0);
  const { data, isLoading, error } = useQuery({
    queryKey: ['participations', associationId, filter, offset],
    queryFn: () =>
      get<ParticipationPage>(
        `/associations/${associationId}/participations${query({ ...filter, limit: PAGE, offset })}`,
      ),
  });
  const set = (patch: Partial<typeof filter>) => {
    setOffset(0);
    setFilter({ ...filter, ...patch });
  };
  const individual = (interventions ?? []).filter((i) => i.kind === 'individual');

  return (
    <div className="stack">
      <div className="row">
        <Heading level={1} data-size="lg" style={{ marginRight: 'auto' }}>
          {t('participants.title')}
        </Heading>
        {can('participant.write', associationId) && (
          <Button asChild>
            <RouterLink
              to={
                `/forbund/${associationId}/deltagare/ny${filter.interventionId ? `?insats=${filter.interventionId}` : ''}` as never
              }
            >
              {t('participants.new')}
            </RouterLink>
          </Button>
        )}
      </div>
      <div className="row" role="search">
        <SelectField
          form="filter"
          errors={[]}
          name="interventionId"
          label={t('participants.intervention')}
          value={filter.interventionId}
          empty={t('participants.all')}
          onChange={(v) => set({ interventionId: v })}
          options={individual.map((i) => ({ value: i.id, label: i.name }))}
        />
        <SelectField
          form="filter"
          errors={[]}
          name="status"
          label={t('participants.status')}
          value={filter.status}
          empty={t('participants.all')}
          onChange={(v) => set({ status: v })}
          options={[
            { value: 'ongoing', label: t('participants.ongoing') },
            { value: 'exited', label: t('participants.exited') },
          ]}
        />
        <TextField
          form="filter"
          errors={[]}
          name="q"
          label={t('participants.search')}
          value={filter.q}
          onChange={(v) => set({ q: v })}
        />
      </div>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data?.rows.length === 0 && <Paragraph>{t('participants.empty')}</Paragraph>}
      {data && data.rows.length > 0 && (
        <>
          <div className="table-wrap">
            <Table zebra>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('participants.reference')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('participants.intervention')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('participants.gender')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('participants.birthYear')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('participants.startDate')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('participants.exit')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.rows.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/forbund/${associationId}/deltagare/${p.id}` as never}>
                          {p.personReference ?? t('participants.anonymous')}
                        </RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{p.interventionName}</Table.Cell>
                    <Table.Cell>{t(`codes.gender.${p.gender}`)}</Table.Cell>
                    <Table.Cell>{p.birthYear}</Table.Cell>
                    <Table.Cell className="nowrap">{p.startDate}</Table.Cell>
                    <Table.Cell>
                      {p.exitDate ? (
                        <span className="nowrap">
                          {p.exitDate} · {t(`codes.exitReason.${p.exitReason}`)}
                        </span>
                      ) : (
                        <Tag data-color="info">{t('participants.ongoing')}</Tag>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pager offset={offset} shown={data.rows.length} total={data.total} pageSize={PAGE} onChange={setOffset} />
        </>
      )}
    </div>
  );
}
