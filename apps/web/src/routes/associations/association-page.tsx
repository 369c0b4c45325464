import { useState } from 'react';
import { Heading, Spinner, Tabs } from '@digdir/designsystemet-react';
import { useParams, useSearch } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, put } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { StatusMessage } from '../../lib/status-message';
import type { Association } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { AssociationForm } from './association-form';
import { BodiesPanel } from './bodies-panel';
import { MeetingsPanel } from './meetings-panel';
import { MembersPanel } from './members-panel';

export function AssociationPage() {
  const { t } = useTranslation();
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const search = useSearch({ strict: false }) as { created?: string };
  const can = useCan();
  const client = useQueryClient();
  const [tab, setTab] = useState('details');
  const [saved, setSaved] = useState(false);
  const key = ['association', associationId];
  const { data, isLoading, error } = useQuery({
    queryKey: key,
    queryFn: () => get<Association>(`/associations/${associationId}`),
  });
  usePageTitle(data?.name ?? t('associations.title'));
  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error || !data) return <StatusMessage kind="danger">{error?.message ?? t('errors.generic')}</StatusMessage>;
  const editable = can('association.update', associationId);
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: key });
    await client.invalidateQueries({ queryKey: ['associations'] });
  };

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {data.name}
      </Heading>
      {search.created && <StatusMessage kind="success">{t('associations.created', { name: data.name })}</StatusMessage>}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('associations.details')}</Tabs.Tab>
          <Tabs.Tab value="members">
            {t('associations.members')} ({data.members.length})
          </Tabs.Tab>
          <Tabs.Tab value="bodies">
            {t('associations.bodies')} ({data.bodyMembers.length})
          </Tabs.Tab>
          <Tabs.Tab value="meetings">{t('associations.meetings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
            {saved && <StatusMessage kind="success">{t('common.saved')}</StatusMessage>}
            <AssociationForm
              key={data.version}
              readOnly={!editable}
              submitLabel={t('common.save')}
              initial={{
                name: data.name,
                countyCode: data.countyCode,
                municipalityCodes: data.municipalities.map((m) => m.code),
                organisationNumber: data.organisationNumber,
              }}
              onSubmit={async (input) => {
                setSaved(false);
                await put(`/associations/${associationId}`, { ...input, version: data.version });
                await refresh();
                setSaved(true);
              }}
            />
          </div>
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersPanel association={data} editable={editable} onChange={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="bodies">
          <BodiesPanel association={data} editable={editable} onChange={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings">
          <MeetingsPanel associationId={associationId} editable={editable} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
