import { useState } from 'react';
import { Heading, Link, List, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams, useSearch } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, put } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { Participation, PersonHistoryEntry } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { FollowUpSummary } from '../follow-ups/follow-up-summary';
import { ParticipantForm, toBody } from './participant-form';
import { useParticipantContext } from './use-participant-context';

/** One participation: edit, exit and follow up; and the person's other participations. */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { associationId, participationId } = useParams({ strict: false }) as {
    associationId: string;
    participationId: string;
  };
  const search = useSearch({ strict: false }) as { ny?: string };
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const key = ['participation', participationId];
  const base = `/associations/${associationId}/participations/${participationId}`;
  const record = useQuery({ queryKey: key, queryFn: () => get<Participation>(base) });
  const history = useQuery({
    queryKey: [...key, 'history'],
    queryFn: () => get<PersonHistoryEntry[]>(`${base}/history`),
  });
  const { association, interventions } = useParticipantContext(associationId);
  const title = record.data?.personReference ?? t('participants.anonymous');
  usePageTitle(`${t('participants.title')}: ${title}`);
  if (record.error) return <StatusMessage kind="danger">{record.error.message}</StatusMessage>;
  if (!record.data || !association || !interventions) return <Spinner aria-label={t('common.loading')} />;
  const { id: _id, personId: _p, version, birthDate: _b, ...all } = record.data;
  // The follow-ups are not part of the form: they are recorded on their own screen.
  const fields = Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('followUp'))) as Omit<
    typeof all,
    `followUp${string}`
  >;

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {search.ny && !saved && <StatusMessage kind="success">{t('participants.created')}</StatusMessage>}
      {saved && <StatusMessage kind="success">{t('participants.saved')}</StatusMessage>}
      <ParticipantForm
        key={version}
        isNew={false}
        initial={{ ...fields, personReference: fields.personReference ?? '', personnummer: '' }}
        interventions={interventions}
        municipalities={association.municipalities}
        submitLabel={t('common.save')}
        onSubmit={async (draft) => {
          setSaved(false);
          await put(base, { ...toBody(draft), version });
          await client.invalidateQueries({ queryKey: key });
          await client.invalidateQueries({ queryKey: ['participations', associationId] });
          setSaved(true);
        }}
      />
      <FollowUpSummary associationId={associationId} participation={record.data} />
      {history.data && history.data.length > 1 && (
        <section className="stack" aria-labelledby="history-heading">
          <Heading level={2} data-size="sm" id="history-heading">
            {t('participants.history')}
          </Heading>
          <List.Unordered>
            {history.data.map((h) => (
              <List.Item key={h.id}>
                {h.id === participationId ? (
                  <strong>
                    {h.interventionName}: {h.startDate} – {h.exitDate ?? ''}
                  </strong>
                ) : (
                  <Link asChild>
                    <RouterLink to={`/forbund/${associationId}/deltagare/${h.id}` as never}>
                      {h.interventionName}: {h.startDate} – {h.exitDate ?? ''}
                    </RouterLink>
                  </Link>
                )}
              </List.Item>
            ))}
          </List.Unordered>
        </section>
      )}
    </div>
  );
}
