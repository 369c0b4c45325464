import { Heading, Spinner } from '@digdir/designsystemet-react';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { Participation } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { emptyParticipation, ParticipantForm, toBody } from './participant-form';
import { useParticipantContext } from './use-participant-context';

export function ParticipantCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('participants.new'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const search = useSearch({ strict: false }) as { insats?: string };
  const navigate = useNavigate();
  const client = useQueryClient();
  const { association, interventions, error } = useParticipantContext(associationId);
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  if (!association || !interventions) return <Spinner aria-label={t('common.loading')} />;
  const first = search.insats ?? interventions.find((i) => i.kind === 'individual')?.id ?? '';
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('participants.new')}
      </Heading>
      <ParticipantForm
        isNew
        initial={emptyParticipation(first)}
        interventions={interventions}
        municipalities={association.municipalities}
        submitLabel={t('participants.new')}
        onSubmit={async (draft) => {
          const created = await post<Participation>(`/associations/${associationId}/participations`, toBody(draft));
          await client.invalidateQueries({ queryKey: ['participations', associationId] });
          await navigate({ to: `/forbund/${associationId}/deltagare/${created.id}?ny=1` as never });
        }}
      />
    </div>
  );
}
