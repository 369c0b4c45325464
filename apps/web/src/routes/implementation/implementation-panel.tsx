import { useState } from 'react';
import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post, put } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { StatusMessage } from '../../lib/status-message';
import type { Association, ImplementationRecord } from '../../lib/types';
import { ImplementationForm } from './implementation-form';
import { ImplementationSummary } from './implementation-summary';
import { StatusForm, StatusHistory } from './status-form';

/** "Samverkan och implementering" on the insats page: the record, its status and its history. */
export function ImplementationPanel({
  association,
  interventionId,
}: {
  association: Association;
  interventionId: string;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const url = `/associations/${association.id}/interventions/${interventionId}/implementation`;
  const key = ['implementation', interventionId];
  const { data, error } = useQuery({ queryKey: key, queryFn: () => get<ImplementationRecord>(url) });
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  if (!data) return <Spinner aria-label={t('common.loading')} />;
  const editable = can('evaluation.write', association.id);
  const refresh = async (next: ImplementationRecord) => {
    client.setQueryData(key, next);
    setSaved(true);
  };
  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <Paragraph>{t('implementation.intro')}</Paragraph>
      {saved && <StatusMessage kind="success">{t('common.saved')}</StatusMessage>}
      {editable ? (
        <ImplementationForm
          key={`record-${data.version}`}
          record={data}
          association={association}
          onSubmit={async (body) => refresh(await put<ImplementationRecord>(url, body))}
        />
      ) : (
        <ImplementationSummary record={data} association={association} />
      )}
      <Heading level={2} data-size="sm">
        {t('implementation.status')}: {t(`implementation.codes.status.${data.status}`)}
      </Heading>
      {editable && (
        <StatusForm
          key={`status-${data.version}`}
          record={data}
          association={association}
          onSubmit={async (body) => refresh(await post<ImplementationRecord>(`${url}/status`, body))}
        />
      )}
      <StatusHistory record={data} association={association} />
    </div>
  );
}
